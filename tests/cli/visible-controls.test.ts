/** Control characters from an article are shown on a terminal as visible escapes, never sent. */
import { describe, expect, test } from 'vitest';
import { compareDocuments, type Report } from '../../src/analysis/index.ts';
import { renderReport } from '../../src/cli/render-report.ts';
import { terminalJson, visibleControls, withVisibleControls } from '../../src/cli/visible-controls.ts';
import { visibleError } from '../../src/cli/visible-error.ts';
import { IngestError } from '../../src/ingest/index.ts';
import { readComparedDocument } from '../../scripts/lib/compared-file.ts';
import { SEED_STORY_DIR } from '../support/seed.ts';

// Everything a terminal may act on: C0 (but the newlines between lines), DEL, C1, the line and
// paragraph separators and the explicit directional controls.
const SENT_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const OUR_COLOURS = /\u001b\[(?:31|32|2|1|0)m/gu;

// Hides text, writes the clipboard, sets the window title, returns the cursor, 8-bit CSI, reverses.
const HOSTILE = '\u001b[8m\u001b]52;c;SGVsbG8=\u0007\u001b]0;pwned\u001b\\\r\u009b2J\u202e';

/** A copy of `value` with `HOSTILE` added to every string in it, the ids and texts alike. */
function poisoned<T>(value: T): T {
  const walk = (item: unknown): unknown =>
    typeof item === 'string'
      ? `${item}${HOSTILE}`
      : Array.isArray(item)
        ? item.map(walk)
        : item !== null && typeof item === 'object'
          ? Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]))
          : item;
  return walk(value) as T;
}

const seedReport: Report = compareDocuments(
  readComparedDocument(`${SEED_STORY_DIR}/000_de2a6d799cf6aacf.txt`),
  readComparedDocument(`${SEED_STORY_DIR}/001_aeafaadd1786d078.txt`),
);

describe('visibleControls', () => {
  test('shows each control character as a visible escape', () => {
    expect(visibleControls('a\u001b[8mb\u0007c\rd\ne\tf\u007fg\u009bh\u202ei\u2066j\u2028k')).toBe(
      'a\\x1b[8mb\\x07c\\x0dd\\x0ae\\x09f\\x7fg\\x9bh\\u202ei\\u2066j\\u2028k',
    );
  });

  test('leaves every other character as it is', () => {
    const text = 'Café “quoted” — 10⁶ € 😀 שלום مرحبا \\x1b\u00a0\u200d';
    expect(visibleControls(text)).toBe(text);
  });
});

describe('terminalJson', () => {
  test('sends no control character and reads back as the same value', () => {
    const value = { text: `a${HOSTILE}b`, list: ['\u0085', '\u2029'] };
    const json = terminalJson(value);
    expect(json).not.toMatch(SENT_CONTROL);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('renderReport', () => {
  test('holds a control character from no field of the report, with colour off', () => {
    const text = renderReport(poisoned(seedReport), { color: false });
    expect(text).not.toMatch(SENT_CONTROL);
    // The texts are all there, their controls shown.
    expect(text).toContain(`sentences of its own in 3 places.${visibleControls(HOSTILE)}\n`);
    const dropped = seedReport.from.units.find((unit) => unit.id === seedReport.dropped[0])?.text;
    expect(text).toContain(`[-${dropped}${visibleControls(HOSTILE)}-]`);
  });

  test('with colour on, the only escape sequences are its own colours', () => {
    const text = renderReport(poisoned(seedReport), { color: true });
    expect(text).toMatch(OUR_COLOURS);
    expect(text.replace(OUR_COLOURS, '')).not.toMatch(SENT_CONTROL);
  });

  test('shows no escape where an article has no control character', () => {
    const text = renderReport(seedReport, { color: false });
    expect(text).not.toMatch(/\\x[0-9a-f]{2}|\\u[0-9a-f]{4}/u);
    expect(renderReport(withVisibleControls(seedReport), { color: false })).toBe(text);
  });
});

describe('visibleError', () => {
  test('keeps the usual layout and shows the controls of the file name and the problem', () => {
    const error = new IngestError({
      file: 'x\u001b]0;t\u0007.txt',
      line: 3,
      problem: 'bad \u001b[8m.',
      fix: 'quote it.',
    });
    expect(visibleError(error)).toBe('x\\x1b]0;t\\x07.txt:3: bad \\x1b[8m.\n  Fix: quote it.');
  });
});
