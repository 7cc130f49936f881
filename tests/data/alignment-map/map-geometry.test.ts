import fc from 'fast-check';
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import type { Report } from '../../../src/analysis/index.ts';
import { compareDocuments } from '../../../src/analysis/index.ts';
import { comparisonRows } from '../../../src/data/comparison-rows.ts';
import { MAX_LENGTH, MIN_LENGTH, mapGeometry } from '../../../src/data/alignment-map/map-geometry.ts';
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
function holdsToReport(report: Report, runs: boolean): void {
  const rows = comparisonRows(report);
  const anchors = new Set(rows.map((row) => row.id));
  const map = mapGeometry(report, rows, { runs });
  const blockOf = (side: 'from' | 'to', unit: string) =>
    map.blocks.find((block) => block.side === side && block.units.includes(unit));

  // Every unit in one block, in reading order, none overlapping, within the longest column allowed.
  for (const side of ['from', 'to'] as const) {
    const blocks = map.blocks.filter((block) => block.side === side);
    expect(blocks.flatMap((block) => block.units)).toEqual(report[side].units.map((unit) => unit.id));
    blocks.forEach((block, index) => {
      expect(block.end).toBeGreaterThan(block.start);
      if (index > 0) expect(block.start).toBeGreaterThanOrEqual(blocks[index - 1]!.end);
    });
    expect(blocks.at(-1)?.end ?? 0).toBeLessThanOrEqual(MAX_LENGTH + 0.01);
  }
  // Every group has its band (one band may join a run of groups), covering each of its units on both sides.
  expect(map.bands.flatMap((band) => band.groups)).toEqual(report.groups.map((group) => group.id));
  for (const group of report.groups) {
    const band = map.bands.find((candidate) => candidate.groups.includes(group.id))!;
    expect(band.op).toBe(group.op);
    expect(band.changed).toBe(group.changed);
    for (const side of ['from', 'to'] as const) {
      for (const unit of group[side]) {
        const block = blockOf(side, unit)!;
        expect(band[side].some((span) => span.start <= block.start && block.end <= span.end)).toBe(true);
      }
    }
  }
  // Every dropped and added unit has its marked block; moved units keep blocks of their own.
  for (const unit of report.dropped) expect(blockOf('from', unit)?.fate).toBe('dropped');
  for (const unit of report.added) expect(blockOf('to', unit)?.fate).toBe('added');
  for (const block of map.blocks) if (block.fate === 'moved') expect(block.units).toHaveLength(1);
  // And only those: every other block takes its group's operation, the same for all its units.
  for (const side of ['from', 'to'] as const) {
    const unaligned = new Set(side === 'from' ? report.dropped : report.added);
    for (const block of map.blocks.filter((candidate) => candidate.side === side))
      for (const unit of block.units)
        expect(block.fate).toBe(
          unaligned.has(unit)
            ? side === 'from'
              ? 'dropped'
              : 'added'
            : report.groups.find((group) => group[side].includes(unit))!.op,
        );
  }
  // Every block links to an anchor the rows have; its rows hold its units.
  for (const block of map.blocks) {
    expect(anchors.has(block.anchor)).toBe(true);
    expect(rows[block.row - 1]!.id).toBe(block.anchor);
    const held = rows.slice(block.row - 1, block.lastRow).flatMap((row) => row[block.side].map((unit) => unit.id));
    for (const unit of block.units) expect(held).toContain(unit);
  }

  // The drawing: one link per block to its anchor, with a name; dropped and added blocks filled
  // with their pattern, which the drawing defines, and long enough to show a tile of it; no style
  // attribute anywhere (the CSP refuses them).
  for (const orientation of ['column', 'strip'] as const) {
    const svg = mapSvg(map, { orientation, id: 'm', label: 'Map' });
    const all = elements(svg);
    const links = all.filter((element) => element.tagName === 'a');
    expect(links.map((link) => link.properties['href'])).toEqual(map.blocks.map((block) => `#${block.anchor}`));
    for (const link of links) {
      // Named by its title, which a mouse user sees as a tooltip.
      const title = link.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'title',
      )!;
      expect(link.properties['ariaLabelledBy']).toEqual([title.properties['id']]);
      const [text] = title.children;
      expect(title.children).toHaveLength(1);
      expect(text?.type === 'text' ? text.value : '').toMatch(/; see (row \d+|rows \d+ to \d+)$/u);
    }
    const patterns = new Set(
      all.filter((element) => element.tagName === 'pattern').map((element) => element.properties['id']),
    );
    const tile = Number(all.find((element) => element.tagName === 'pattern')!.properties['width']);
    links.forEach((link, index) => {
      const block = map.blocks[index]!;
      const rect = elements(link).find((element) => element.tagName === 'rect')!;
      const marked = block.fate === 'dropped' || block.fate === 'added';
      expect(rect.properties['fill']).toBe(marked ? `url(#m-${block.fate})` : undefined);
      if (!marked) return;
      expect(patterns.has(`m-${block.fate}`)).toBe(true);
      // At least one whole tile of its pattern, however thin the story's other blocks are.
      const along = Number(rect.properties[orientation === 'column' ? 'height' : 'width']);
      expect(along).toBeGreaterThanOrEqual(tile - 0.1);
    });
    const bands = all.find((element) => String(element.properties['className']) === 'map-bands')!;
    expect(elements(bands).filter((element) => element.tagName === 'path')).toHaveLength(map.bands.length);
    expect(all.some((element) => 'style' in element.properties)).toBe(false);
  }
}

describe('mapGeometry', () => {
  test('for generated pairs, the map holds to the report: every group its band, every dropped or added unit its marked block, every link a row’s anchor, with runs merged or not', () => {
    fc.assert(
      fc.property(document, document, fc.boolean(), (from, to, runs) =>
        holdsToReport(compareDocuments(from, to), runs),
      ),
      { numRuns: 400 },
    );
  });

  test('in a long story, a short dropped or added sentence is still long enough to show its pattern', () => {
    const long = (index: number): string => SENTENCES[index % SENTENCES.length]!.replace('.', ` ${index}.`);
    const short = (index: number): string => `Brief note ${index}.`;
    const paragraphs = (texts: readonly string[]) => texts.map((text) => ({ type: 'paragraph' as const, text }));
    const original = Array.from({ length: 220 }, (_, index) => (index % 30 === 7 ? short(index) : long(index)));
    const rewrite = original.flatMap((text, index) =>
      index % 30 === 7 ? [] : index % 30 === 20 ? [text, `Quite new ${index}.`] : [text],
    );
    const report = compareDocuments(
      { headline: undefined, body: paragraphs(original) },
      { headline: undefined, body: paragraphs(rewrite) },
    );
    expect(report.dropped.length).toBeGreaterThan(0);
    expect(report.added.length).toBeGreaterThan(0);
    holdsToReport(report, false);
    holdsToReport(report, true);
  });

  test('a story of one short sentence draws a column of the least length, not a sliver', () => {
    const map = mapGeometry(
      compareDocuments(
        { headline: undefined, body: [{ type: 'paragraph', text: 'Talks ended.' }] },
        { headline: undefined, body: [{ type: 'paragraph', text: 'Talks ended.' }] },
      ),
    );
    expect(map.length).toBeGreaterThanOrEqual(MIN_LENGTH);
    expect(map.blocks.map((block) => block.end - block.start)).toEqual([map.length, map.length]);
    const svg = mapSvg(map, { orientation: 'column', id: 'm', label: 'Map' });
    expect(Number(String(svg.properties['viewBox']).split(' ')[3])).toBeGreaterThanOrEqual(MIN_LENGTH);
  });

  test('a story of 10,000 sentences against a rewrite of 7,500 stays within one column’s length', () => {
    const map = mapGeometry(longPair());
    expect(map.blocks.filter((block) => block.side === 'from').flatMap((block) => block.units)).toHaveLength(10_000);
    expect(map.length).toBeLessThanOrEqual(MAX_LENGTH);
  });

  test('a story of 10,000 sentences draws a page’s map (column and strip) in under 200 KB', () => {
    const map = mapGeometry(longPair());
    const html = toHtml([
      mapSvg(map, { orientation: 'column', id: 'mc', label: 'Map' }),
      mapSvg(map, { orientation: 'strip', id: 'ms', label: 'Map' }),
    ]);
    expect(html.length).toBeLessThan(200_000);
  });
});

/**
 * 2,000 paragraphs of five sentences against a rewrite that keeps the first 1,500 but drops every
 * 40th and rewords every 25th: long runs kept word for word, broken now and then.
 */
function longPair(): Report {
  const body = Array.from({ length: 2_000 }, (_, index) => ({
    type: 'paragraph' as const,
    text: SENTENCES.map((text) => text.replace('.', ` ${index}.`))
      .slice(0, 5)
      .join(' '),
  }));
  const rewrite = body
    .slice(0, 1_500)
    .filter((_, index) => index % 40 !== 39)
    .map((paragraph, index) =>
      index % 25 === 24 ? { ...paragraph, text: paragraph.text.replace('Monday', 'Tuesday') } : paragraph,
    );
  return compareDocuments({ headline: undefined, body }, { headline: undefined, body: rewrite });
}
