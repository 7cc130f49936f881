import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffGroup } from '../../../src/analysis/diff/word-diff.ts';

/** Renders a one-unit-a-side diff as text with [-removed-] and {+added+} marks, for readable expectations. */
function marked(from: string, to: string): { from: string; to: string } {
  const diff = diffGroup([{ id: 'from', text: from }], [{ id: 'to', text: to }]);
  const render = (segments: readonly { op: string; text: string }[]): string =>
    segments.map((s) => (s.op === 'same' ? s.text : s.op === 'removed' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('');
  return { from: render(diff.from[0]!.segments), to: render(diff.to[0]!.segments) };
}

describe('diffGroup', () => {
  test('marks a changed word and leaves the rest unchanged', () => {
    expect(
      marked('Moscow rejected the European version outright.', 'Moscow dismissed the European version outright.'),
    ).toEqual({
      from: 'Moscow [-rejected-] the European version outright.',
      to: 'Moscow {+dismissed+} the European version outright.',
    });
  });

  test('does not count typographic variants as changes', () => {
    expect(
      marked(
        '“Negotiations are ongoing,” he said — Zelensky’s words.',
        '"Negotiations are ongoing," he said - Zelensky\'s words.',
      ),
    ).toEqual({
      from: '“Negotiations are ongoing,” he said — Zelensky’s words.',
      to: '"Negotiations are ongoing," he said - Zelensky\'s words.',
    });
  });

  test('joins edits separated only by a short function word into one phrase', () => {
    expect(
      marked(
        'neither Washington nor Kyiv immediately commented on the message',
        'the White House and Ukrainian authorities have not yet responded to the message',
      ),
    ).toEqual({
      from: '[-neither Washington nor Kyiv immediately commented on-] the message',
      to: '{+the White House and Ukrainian authorities have not yet responded to+} the message',
    });
  });

  test('never folds a kept figure or name into the edits around it', () => {
    expect(marked('Officials from 12 nations met', 'Leaders of 12 countries gathered')).toEqual({
      from: '[-Officials from-] 12 [-nations met-]',
      to: '{+Leaders of+} 12 {+countries gathered+}',
    });
  });

  test('keeps a longer unchanged stretch between two edits', () => {
    expect(marked('Trump wrote on Truth Social today', 'the President wrote on Truth Social yesterday')).toEqual({
      from: '[-Trump-] wrote on Truth Social [-today-]',
      to: '{+the President+} wrote on Truth Social {+yesterday+}',
    });
  });

  test('cuts a merge back into its units', () => {
    const diff = diffGroup(
      [
        { id: 'u1', text: 'Moscow rejected the European version outright.' },
        { id: 'u2', text: 'Kremlin aide Yuri Ushakov said it was unconstructive.' },
      ],
      [
        {
          id: 'v1',
          text: 'Moscow dismissed the European version, with Kremlin aide Yuri Ushakov declaring it unconstructive.',
        },
      ],
    );
    expect(diff.from.map((unit) => unit.segments.map((s) => s.text).join(''))).toEqual([
      'Moscow rejected the European version outright.',
      'Kremlin aide Yuri Ushakov said it was unconstructive.',
    ]);
    expect(diff.from[1]?.segments.find((s) => s.text.includes('Yuri Ushakov'))?.op).toBe('same');
  });

  test('for any texts, each unit’s segments join back into its text exactly', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 80 });
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 3 }),
        fc.array(text, { minLength: 1, maxLength: 3 }),
        (from, to) => {
          const diff = diffGroup(
            from.map((value, index) => ({ id: `from${index}`, text: value })),
            to.map((value, index) => ({ id: `to${index}`, text: value })),
          );
          expect(diff.from.map((unit) => unit.segments.map((s) => s.text).join(''))).toEqual(from);
          expect(diff.to.map((unit) => unit.segments.map((s) => s.text).join(''))).toEqual(to);
          expect(diff.from.flatMap((unit) => unit.segments).every((s) => s.op !== 'added')).toBe(true);
          expect(diff.to.flatMap((unit) => unit.segments).every((s) => s.op !== 'removed')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('never moves a space out of an edit when it begins a character with a variation selector', () => {
    // Found by the property below: " \uFE0F" is one character a reader sees.
    const diff = diffGroup([{ id: 'a', text: 'Talks \ufe0f' }], [{ id: 'b', text: 'Talks' }]);
    expect(diff.from[0]!.segments).toEqual([
      { op: 'same', text: 'Talks' },
      { op: 'removed', text: ' \ufe0f' },
    ]);
  });

  test('for any texts with emoji, flags, combining accents and joiners, no segment boundary splits a character a reader sees', () => {
    const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
    const boundaries = (text: string) =>
      new Set([...graphemes.segment(text)].map((piece) => piece.index).concat(text.length));
    const tricky = fc.constantFrom(
      '👩\u200d👩\u200d👧',
      '🇺🇦',
      '👍🏽',
      'e\u0301',
      'ﷺ',
      '\u00ad',
      'talks',
      ' ',
      'Kyiv',
      'مرحبا',
      '️',
    );
    const text = fc
      .array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (from, to) => {
        const diff = diffGroup([{ id: 'from', text: from }], [{ id: 'to', text: to }]);
        for (const [unit, value] of [
          [diff.from[0]!, from],
          [diff.to[0]!, to],
        ] as const) {
          const allowed = boundaries(value);
          let offset = 0;
          for (const segment of unit.segments) {
            offset += segment.text.length;
            expect(allowed.has(offset)).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
