/** Names and figures as the findings and the story overview compare them. */
import { describe, expect, test } from 'vitest';
import { compareDocuments } from '../../../src/analysis/index.ts';
import { storyOverview } from '../../../src/analysis/overview.ts';
import { capitalisedForms, figures, mentionable, NameIndex } from '../../../src/analysis/emphasis/mentions.ts';

const unit = (text: string) => mentionable({ id: 'u0', kind: 'sentence', text, after: '', block: 0, order: 0 });
const keys = (text: string) => figures(unit(text)).map((figure) => figure.key);
const says = (text: string, name: string) => new NameIndex(capitalisedForms(unit(text))).says(name);

describe('figures', () => {
  test.each([
    ['It cost £2m.', 'It cost £2 million.'],
    ['A $1.2bn deal.', 'A $1.2 billion deal.'],
    ['Up 40% on the year.', 'Up 40 per cent on the year.'],
    ['A 5km walk.', 'A 5 km walk.'],
    ['About 1,000 people.', 'About 1000 people.'],
  ])('"%s" and "%s" state the same figure', (a, b) => {
    expect(keys(a)).toEqual(keys(b));
  });

  test.each([
    ['It cost £2 million.', 'It cost £2 billion.'],
    ['Up 40% on the year.', 'Up 40 on the year.'],
    ['It took 5 months.', 'It took 5 years.'],
    ['It cost £2 million.', 'It cost $2 million.'],
  ])('"%s" and "%s" state different figures', (a, b) => {
    expect(keys(a)).not.toEqual(keys(b));
  });

  test('a changed scale is a changed figure in the report', () => {
    const report = compareDocuments(
      {
        headline: 'Bridge repairs',
        body: [{ type: 'paragraph', text: 'The repairs have cost £2 million so far, the council said.' }],
      },
      {
        headline: 'Bridge repairs',
        body: [{ type: 'paragraph', text: 'The repairs have cost £2 billion so far, the council said.' }],
      },
    );
    expect(report.findings.filter((finding) => finding.kind === 'number').map((finding) => finding.change)).toEqual([
      'changed',
    ]);
  });
});

describe('names said another way', () => {
  test.each([
    ['Ukrainian officials met.', 'Ukraine'],
    ['Russian troops moved.', 'Russia'],
    ['German officials met.', 'Germany'],
    ['Chinese officials met.', 'China'],
    ['Israeli officials met.', 'Israel'],
  ])('"%s" says %s', (text, name) => {
    expect(says(`Officials said ${text}`, name)).toBe(true);
  });

  test.each([
    ['Officials in Nigeria met.', 'Niger'],
    ['Officials in Georgia met.', 'George'],
    ['Officials in Australia met.', 'Austria'],
  ])('"%s" does not say %s', (text, name) => {
    expect(says(text, name)).toBe(false);
  });

  test('the overview tells a name kept whole from one said only in part, or not at all', () => {
    const document = (text: string) => ({ headline: 'Talks', body: [{ type: 'paragraph' as const, text }] });
    const original = document('Mayor Maria Lund met Paul Grey and officials from Niger on Monday.');
    const rewrite = document('Lund met Grey, a spokesman for Paul Smith, and officials from Nigeria on Monday.');
    const overview = storyOverview([{ version: 'v', report: compareDocuments(original, rewrite) }], []);
    const fate = (name: string) => overview.rows.find((row) => row.kind === 'name' && row.text === name)?.fates[0];
    expect(fate('Maria Lund')).toBe('changed');
    expect(fate('Paul Grey')).toBe('changed');
    expect(fate('Niger')).toBe('dropped');
    // A weekday is a date, not a name a reader follows through versions.
    expect(fate('Monday')).toBeUndefined();
  });
});
