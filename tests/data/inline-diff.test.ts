import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { comparisonForm } from '../../src/analysis/units/normalize.ts';
import { diffGroup } from '../../src/analysis/diff/word-diff.ts';
import { inlineSegments } from '../../src/data/inline-diff.ts';

const inline = (from: string, to: string) => {
  const diff = diffGroup([{ id: 'from', text: from }], [{ id: 'to', text: to }]);
  return inlineSegments([diff.from[0]!.segments], [diff.to[0]!.segments]);
};
const render = (segments: ReturnType<typeof inline>) =>
  segments.map((s) => (s.op === 'same' ? s.text : s.op === 'removed' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('');

describe('inlineSegments', () => {
  test('puts each deletion right before what replaced it', () => {
    expect(
      render(
        inline('Moscow rejected the European version outright.', 'Moscow dismissed the European version quickly.'),
      ),
    ).toBe('Moscow [-rejected-]{+ dismissed+} the European version [-outright-]{+ quickly+}.');
  });

  test('keeps the rewrite’s space before an insertion at the end', () => {
    expect(render(inline('Some European allies.', 'Some European allies have responded.'))).toBe(
      'Some European allies{+ have responded+}.',
    );
  });

  test('keeps the rewrite’s space after an insertion before an unchanged word', () => {
    expect(render(inline('President Zelensky said so.', 'Ukrainian President Zelensky confirmed so.'))).toBe(
      '{+Ukrainian +}President Zelensky [-said-]{+ confirmed+} so.',
    );
  });

  test('for any two texts, the inline text without insertions is the original, and its unchanged and inserted words are the rewrite’s words', () => {
    const text = fc
      .array(fc.constantFrom('talks', 'ended', 'in', 'Geneva', 'on', 'Monday', '“', '”', ',', 'said', 'the', 'envoy'), {
        maxLength: 14,
      })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(text, text, (from, to) => {
        const segments = inline(from, to);
        expect(
          segments
            .filter((s) => s.op !== 'added')
            .map((s) => s.text)
            .join(''),
        ).toBe(from);
        // Unchanged words are shown as the original wrote them: compared in comparison form.
        const words = (value: string) => comparisonForm(value).split(/\s+/u).filter(Boolean);
        expect(
          words(
            segments
              .filter((s) => s.op !== 'removed')
              .map((s) => s.text)
              .join(' '),
          ),
        ).toEqual(words(to));
      }),
      { numRuns: 300 },
    );
  });
});
