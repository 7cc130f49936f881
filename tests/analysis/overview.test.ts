import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareDocuments } from '../../src/analysis/index.ts';
import type { StoryOverview } from '../../src/analysis/overview.ts';
import { storyOverview } from '../../src/analysis/overview.ts';
import { comparableDocument } from '../../src/ingest/index.ts';
import { parsePlainTextArticle } from '../../src/ingest/plain-text.ts';
import { decodeText } from '../../src/ingest/source-text.ts';
import { ROOT } from '../support/seed.ts';

const STORY = `${ROOT}tests/fixtures/stories/three-versions/`;

function read(file: string) {
  const text = decodeText(readFileSync(STORY + file), file).text;
  return comparableDocument(parsePlainTextArticle(text, file).document);
}

describe('the overview of a story in three versions', () => {
  let overview: StoryOverview;
  const fatesOf = (kind: string, text: string) => {
    const row = overview.rows.find((candidate) => candidate.kind === kind && candidate.text.startsWith(text));
    if (row === undefined) throw new Error(`no ${kind} row "${text}"`);
    return row.fates;
  };

  beforeAll(() => {
    const gazette = read('harbour-gazette.txt');
    const courier = read('coast-courier.txt');
    const wire = read('morning-wire.txt');
    overview = storyOverview(
      [
        { version: 'courier', report: compareDocuments(gazette, courier) },
        { version: 'wire', report: compareDocuments(gazette, wire) },
      ],
      [{ from: 'wire', to: 'courier', report: compareDocuments(wire, courier) }],
    );
  });

  it('follows each sentence of the original: kept word for word, reworded or gone', () => {
    expect(fatesOf('sentence', 'Harbour bridge may reopen')).toEqual(['changed', 'changed']);
    expect(fatesOf('sentence', 'Engineers found corrosion')).toEqual(['kept', 'changed']);
    expect(fatesOf('sentence', 'Local traders said')).toEqual(['kept', 'dropped']);
    expect(fatesOf('sentence', 'The ferry service')).toEqual(['dropped', 'kept']);
    expect(fatesOf('sentence', 'Critics, including')).toEqual(['dropped', 'changed']);
  });

  it('follows the quotation: trimmed by one version, paraphrased by the other, both changes', () => {
    expect(fatesOf('quotation', 'We expect the work')).toEqual(['changed', 'changed']);
    expect(overview.rows.filter((row) => row.kind === 'quotation')).toHaveLength(1);
  });

  it('follows names whole, a plural possessive included, wherever the version says them', () => {
    expect(fatesOf('name', 'Maria Lund')).toEqual(['kept', 'kept']);
    expect(fatesOf('name', "Harbour Residents' Association")).toEqual(['dropped', 'dropped']);
    expect(overview.rows.some((row) => row.kind === 'name' && row.text === 'Association')).toBe(false);
  });

  it('tells a changed figure from a kept one', () => {
    expect(fatesOf('number', '12')).toEqual(['changed', 'kept']);
    expect(fatesOf('number', '46')).toEqual(['kept', 'kept']);
  });

  it('counts each version’s sentences and gives its similarity to the original', () => {
    const [courier, wire] = overview.versions;
    const sentences = overview.rows.filter((row) => row.kind === 'sentence').length;
    for (const standing of [courier!, wire!]) {
      expect(standing.sentences.kept + standing.sentences.changed + standing.sentences.dropped).toBe(sentences);
      expect(standing.similarity).toBeGreaterThan(0.3);
      expect(standing.similarity).toBeLessThan(0.95);
    }
    expect(courier!.sentences.dropped).toBe(2);
    expect(wire!.sentences.dropped).toBe(1);
  });

  it('names what only one version says', () => {
    expect(overview.exclusives.map(({ version, text }) => `${version}: ${text}`)).toEqual([
      'courier: Drivers should expect delays in the first week as lanes reopen one at a time.',
      'wire: Cyclists will have to wait until May, when the new cycle lane opens.',
    ]);
  });
});

describe('the overview at its edges', () => {
  const gazette = read('harbour-gazette.txt');
  const courier = read('coast-courier.txt');

  it('with one version besides the original, what only it says is everything it adds', () => {
    const report = compareDocuments(gazette, courier);
    const overview = storyOverview([{ version: 'courier', report }], []);
    expect(overview.exclusives.map((exclusive) => exclusive.unit)).toEqual(
      report.added.filter((id) => report.to.units.find((unit) => unit.id === id)?.kind === 'sentence'),
    );
    expect(overview.exclusives.length).toBeGreaterThan(0);
  });

  it('refuses to guess when a report between two versions is missing', () => {
    const report = compareDocuments(gazette, courier);
    expect(() =>
      storyOverview(
        [
          { version: 'courier', report },
          { version: 'again', report },
        ],
        [],
      ),
    ).toThrow(/no report of "courier" with "again"/);
  });

  it('reads each report’s fates for quotations, names and figures, not the texts', () => {
    const report = compareDocuments(gazette, courier);
    const rowsOf = (fates: typeof report.fates) =>
      storyOverview([{ version: 'courier', report: { ...report, fates } }], [])
        .rows.filter((row) => row.kind !== 'sentence')
        .map((row) => `${row.kind} ${row.text.slice(0, 20)}: ${row.fates.join()}`);
    const told = rowsOf(report.fates);
    expect(told).toContain('name Maria Lund: kept');
    // Fates that say otherwise than the texts: the overview follows the fates.
    const overturned = rowsOf({
      quotations: report.fates.quotations.map((entry) => ({ ...entry, fate: 'kept' as const })),
      names: report.fates.names.map((entry) => ({ ...entry, fate: 'dropped' as const })),
      figures: report.fates.figures.map((entry) => ({ ...entry, fate: 'kept' as const })),
    });
    expect(overturned).toContain('name Maria Lund: dropped');
    expect(overturned.filter((row) => /^quotation /u.test(row)).every((row) => row.endsWith(': kept'))).toBe(true);
    expect(overturned.filter((row) => /^number /u.test(row)).every((row) => row.endsWith(': kept'))).toBe(true);
    expect(overturned).not.toEqual(told);
    // A name only the version says is no row: the overview follows what the original says.
    const added = {
      ...report.fates.names[0]!,
      name: 'Nowhere Else',
      fate: 'added' as const,
      from: { units: [], spans: [] },
    };
    expect(rowsOf({ ...report.fates, names: [...report.fates.names, added] })).toEqual(told);
  });

  it('is empty with no version to compare', () => {
    expect(storyOverview([], [])).toEqual({ versions: [], rows: [], exclusives: [] });
  });
});
