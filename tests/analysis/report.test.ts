import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareDocuments, compareUnits, lineUnits, REPORT_VERSION, unitsText } from '../../src/analysis/index.ts';
import { reportSchema } from '../../src/analysis/report/report-schema.ts';
import { reportJsonSchema } from '../../src/analysis/report/report-json-schema.ts';
import { rebuiltText } from '../support/rebuilt-text.ts';

const paragraph = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Mr. Lee said.',
        'Talks ended.',
        '“Yes,” he said.',
        'Kyiv',
        'U.S.',
        '—',
        '🇺🇦',
        'e\u0301',
        'may',
        'reportedly',
        'Reuters claimed',
        '"it may work',
        '‘Ukraine’s',
        '1,000',
        'many',
      ),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(' ').replace(/\s+/gu, ' ').trim())
  .filter((text) => text !== '');
const document = fc.record({
  headline: fc.option(paragraph, { nil: undefined }),
  body: fc.array(
    fc.oneof(
      paragraph.map((text) => ({ type: 'paragraph' as const, text })),
      paragraph.map((text) => ({ type: 'heading' as const, text })),
      fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => ({ type: 'list' as const, items })),
    ),
    { maxLength: 5 },
  ),
});

describe('compareDocuments', () => {
  test('for any two documents: never throws, each unit in exactly one place, both texts rebuilt exactly', () => {
    fc.assert(
      fc.property(document, document, (from, to) => {
        const report = compareDocuments(from, to);
        expect(reportSchema.safeParse(report).success).toBe(true);
        for (const side of ['from', 'to'] as const) {
          const placed = [
            ...report.groups.flatMap((group) => group[side]),
            ...(side === 'from' ? report.dropped : report.added),
          ];
          expect(placed.sort()).toEqual(report[side].units.map((unit) => unit.id).sort());
          expect(rebuiltText(report, side)).toBe(unitsText(report[side].units));
        }
        // Findings point at real units, and their marks at real words of those units.
        expect(new Set(report.findings.map((finding) => finding.id)).size).toBe(report.findings.length);
        for (const finding of report.findings) {
          for (const side of ['from', 'to'] as const) {
            for (const id of finding[side].units) expect(report[side].units.some((unit) => unit.id === id)).toBe(true);
          }
          for (const mark of finding.marks) {
            const unit = report[mark.side].units.find((candidate) => candidate.id === mark.unit);
            expect(unit).toBeDefined();
            expect(0 <= mark.start && mark.start < mark.end && mark.end <= unit!.text.length).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  test('two identical documents: every group unchanged, similarity 1', () => {
    const text = {
      headline: 'Talks resume',
      body: [{ type: 'paragraph' as const, text: 'Talks resumed in Geneva. Both sides attended.' }],
    };
    const report = compareDocuments(text, text);
    expect(report.groups.map((group) => group.op)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(report.stats.similarity).toBe(1);
    // Talks resume (2) · Talks resumed in Geneva (4) · Both sides attended (3)
    expect(report.stats.from).toEqual({ units: 3, words: 9, same: 9, changed: 0, unaligned: 0 });
  });

  test('two documents with nothing in common: everything dropped and added, similarity near 0', () => {
    const report = compareUnits(
      lineUnits(['Cats sleep all day long.']),
      lineUnits(['Stock markets fell sharply on Tuesday.']),
    );
    expect(report.groups).toEqual([]);
    expect(report.dropped).toEqual(['u0']);
    expect(report.added).toEqual(['u0']);
    expect(report.stats.operations).toMatchObject({ dropped: 1, added: 1 });
    expect(report.stats.similarity).toBe(0);
  });

  test('counts kept, reworded and dropped words on each side', () => {
    const report = compareUnits(
      lineUnits(['Moscow rejected the European version outright.', 'The weather was cold.']),
      lineUnits(['Moscow dismissed the European version outright.']),
    );
    expect(report.stats.from).toEqual({ units: 2, words: 10, same: 5, changed: 1, unaligned: 4 });
    expect(report.stats.to).toEqual({ units: 1, words: 6, same: 5, changed: 1, unaligned: 0 });
    expect(report.stats.operations).toEqual({
      unchanged: 0,
      edited: 1,
      split: 0,
      merged: 0,
      moved: 0,
      dropped: 1,
      added: 0,
    });
  });
});

test('src/analysis/report/report.schema.json is the schema of the current report (run `npm run schema` after a change)', () => {
  const published = JSON.parse(
    readFileSync(new URL('../../src/analysis/report/report.schema.json', import.meta.url), 'utf8'),
  ) as unknown;
  expect(published).toEqual(reportJsonSchema());
});

test('similarity without words: 1 for identical documents, 0 when nothing pairs', () => {
  expect(compareDocuments({ body: [] }, { body: [] }).stats.similarity).toBe(1);
  expect(
    compareDocuments({ body: [{ type: 'paragraph', text: '🎉' }] }, { body: [{ type: 'paragraph', text: '🎉' }] }).stats
      .similarity,
  ).toBe(1);
  expect(compareDocuments({ body: [] }, { body: [{ type: 'paragraph', text: '🎉🎉' }] }).stats.similarity).toBe(0);
});

test('the published JSON Schema accepts real reports and refuses broken ones', () => {
  const schema = JSON.parse(
    readFileSync(new URL('../../src/analysis/report/report.schema.json', import.meta.url), 'utf8'),
  ) as object;
  const validate = new Ajv2020({ strict: false }).compile(schema);
  const report = compareDocuments(
    { headline: 'Talks resume', body: [{ type: 'paragraph', text: 'Talks resumed in Geneva. Both sides attended.' }] },
    { headline: 'Talks restart', body: [{ type: 'list', items: ['Both sides attended', 'Talks resumed'] }] },
  );
  expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(true);
  expect(validate({ ...report, version: REPORT_VERSION + 1 })).toBe(false);
  expect(validate({ ...report, groups: [{ ...report.groups[0], op: 'rewritten' }] })).toBe(false);
});
