import fc from 'fast-check';
import type { Element, ElementContent } from 'hast';
import { describe, expect, test } from 'vitest';
import type { Report } from '../../../src/analysis/index.ts';
import { compareDocuments } from '../../../src/analysis/index.ts';
import { comparisonRows } from '../../../src/data/comparison-rows.ts';
import { MAX_LENGTH, mapGeometry } from '../../../src/data/alignment-map/map-geometry.ts';
import { mapSvg } from '../../../src/data/alignment-map/map-svg.ts';

/**
 * Sentences the two versions draw from, so that generated pairs keep, reword, drop, add and move
 * sentences as rewrites do (a reworded one differs in a word or two).
 */
const SENTENCES = [
  'Talks in Geneva ended on Monday without a deal.',
  'The envoy said both sides would meet again next week.',
  'Officials in Kyiv declined to comment on the proposal.',
  'Moscow rejected the European version outright.',
  'The plan has 28 points and covers security guarantees.',
  'Markets rose after the remarks were published.',
  'A spokesman called the meeting constructive and frank.',
  'Critics warned that the deadline was unrealistic.',
  'The president wrote that something good may be happening.',
  'Analysts expect a second round before the end of the month.',
];
const sentence = fc.tuple(fc.nat(SENTENCES.length - 1), fc.boolean()).map(([index, reworded]) => {
  const text = SENTENCES[index]!;
  return reworded ? text.replace(/\b(the|a)\b/u, 'this').replace('.', ', officials said.') : text;
});
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));
const document = fc.record({
  headline: fc.option(sentence, { nil: undefined }),
  body: fc.array(
    fc.oneof(
      { weight: 5, arbitrary: paragraph.map((text) => ({ type: 'paragraph' as const, text })) },
      { weight: 1, arbitrary: sentence.map((text) => ({ type: 'heading' as const, text })) },
      {
        weight: 1,
        arbitrary: fc
          .array(sentence, { minLength: 1, maxLength: 3 })
          .map((items) => ({ type: 'list' as const, items })),
      },
    ),
    { maxLength: 6 },
  ),
});

/** Every element of a tree, depth first. */
function elements(node: Element): Element[] {
  return [node, ...node.children.flatMap((child: ElementContent) => (child.type === 'element' ? elements(child) : []))];
}

/** Holds the map of a report to the report; returns nothing, fails on the first broken promise. */
function holdsToReport(report: Report): void {
  const rows = comparisonRows(report);
  const anchors = new Set(rows.map((row) => row.id));
  const map = mapGeometry(report, rows);
  const blockOf = (side: 'from' | 'to', unit: string) =>
    map.blocks.find((block) => block.side === side && block.unit === unit);

  // One block per unit, in reading order, none overlapping, within the longest column allowed.
  for (const side of ['from', 'to'] as const) {
    const blocks = map.blocks.filter((block) => block.side === side);
    expect(blocks.map((block) => block.unit)).toEqual(report[side].units.map((unit) => unit.id));
    blocks.forEach((block, index) => {
      expect(block.end).toBeGreaterThan(block.start);
      if (index > 0) expect(block.start).toBeGreaterThanOrEqual(blocks[index - 1]!.end);
    });
    expect(blocks.at(-1)?.end ?? 0).toBeLessThanOrEqual(MAX_LENGTH + 0.01);
  }
  // Every group has its band, covering each of its units on both sides.
  expect(map.bands.map((band) => band.group)).toEqual(report.groups.map((group) => group.id));
  for (const group of report.groups) {
    const band = map.bands.find((candidate) => candidate.group === group.id)!;
    expect(band.op).toBe(group.op);
    for (const side of ['from', 'to'] as const) {
      for (const unit of group[side]) {
        const block = blockOf(side, unit)!;
        expect(band[side].some((span) => span.start <= block.start && block.end <= span.end)).toBe(true);
      }
    }
  }
  // Every dropped and added unit has its marked block.
  for (const unit of report.dropped) expect(blockOf('from', unit)?.fate).toBe('dropped');
  for (const unit of report.added) expect(blockOf('to', unit)?.fate).toBe('added');
  // And only those: every other block takes its group's operation.
  for (const side of ['from', 'to'] as const) {
    const unaligned = new Set(side === 'from' ? report.dropped : report.added);
    for (const block of map.blocks.filter((candidate) => candidate.side === side))
      expect(block.fate).toBe(
        unaligned.has(block.unit)
          ? side === 'from'
            ? 'dropped'
            : 'added'
          : report.groups.find((group) => group[side].includes(block.unit))!.op,
      );
  }
  // Every block links to an anchor the rows have, and its row holds its unit.
  for (const block of map.blocks) {
    expect(anchors.has(block.anchor)).toBe(true);
    expect(rows[block.row - 1]!.id).toBe(block.anchor);
    expect(rows[block.row - 1]![block.side].some((unit) => unit.id === block.unit)).toBe(true);
  }

  // The drawing: one link per block to its anchor, with a name; dropped and added blocks filled
  // with their pattern, which the drawing defines; no style attribute anywhere (the CSP refuses them).
  for (const orientation of ['column', 'strip'] as const) {
    const svg = mapSvg(map, { orientation, id: 'm', label: 'Map' });
    const all = elements(svg);
    const links = all.filter((element) => element.tagName === 'a');
    expect(links.map((link) => link.properties['href'])).toEqual(map.blocks.map((block) => `#${block.anchor}`));
    for (const link of links) expect(String(link.properties['ariaLabel'])).toMatch(/; see row \d+$/u);
    const patterns = new Set(
      all.filter((element) => element.tagName === 'pattern').map((element) => element.properties['id']),
    );
    links.forEach((link, index) => {
      const block = map.blocks[index]!;
      const rect = elements(link).find((element) => element.tagName === 'rect')!;
      const marked = block.fate === 'dropped' || block.fate === 'added';
      expect(rect.properties['fill']).toBe(marked ? `url(#m-${block.fate})` : undefined);
      if (marked) expect(patterns.has(`m-${block.fate}`)).toBe(true);
    });
    expect(
      all.filter(
        (element) => element.tagName === 'path' && String(element.properties['className']).includes('map-band'),
      ),
    ).toHaveLength(map.bands.length);
    expect(all.some((element) => 'style' in element.properties)).toBe(false);
  }
}

describe('mapGeometry', () => {
  test('for generated pairs, the map holds to the report: every group its band, every dropped or added unit its marked block, every link a row’s anchor', () => {
    fc.assert(
      fc.property(document, document, (from, to) => holdsToReport(compareDocuments(from, to))),
      { numRuns: 400 },
    );
  });

  test('a story of 10,000 sentences a side stays within one column’s length', () => {
    const body = Array.from({ length: 2_000 }, (_, index) => ({
      type: 'paragraph' as const,
      text: SENTENCES.map((text) => text.replace('.', ` ${index}.`))
        .slice(0, 5)
        .join(' '),
    }));
    const map = mapGeometry(
      compareDocuments({ headline: undefined, body }, { headline: undefined, body: body.slice(0, 1_500) }),
    );
    expect(map.blocks.length).toBeGreaterThan(10_000);
    expect(map.length).toBeLessThanOrEqual(MAX_LENGTH);
  });
});
