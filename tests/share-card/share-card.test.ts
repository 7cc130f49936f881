/**
 * The share card drawn from the seed story's report: its size and weight as link previews want
 * them, a real PNG, the same bytes every time, and its words taken from the report.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { compareDocuments } from '../../src/analysis/index.ts';
import { syntheticPair } from '../../scripts/lib/synthetic-pair.ts';
import type { Report } from '../../src/analysis/index.ts';
import { readComparedDocument } from '../../scripts/lib/compared-file.ts';
import { cardKey, isStaleCardFile, readCachedCard, writeCachedCard } from '../../src/share-card/card-cache.ts';
import { shorten } from '../../src/share-card/card-tree.ts';
import { cardMap } from '../../src/share-card/card-map.ts';
import type { CardNode } from '../../src/share-card/card-node.ts';
import { CARD_PALETTE } from '../../src/share-card/card-palette.ts';
import { mapGeometry } from '../../src/data/alignment-map/map-geometry.ts';
import { cardAlt, cardContent, shareCard } from '../../src/share-card/index.ts';
import { SEED_STORY_DIR } from '../support/seed.ts';

const report: Report = compareDocuments(
  readComparedDocument(`${SEED_STORY_DIR}/000_de2a6d799cf6aacf.txt`),
  readComparedDocument(`${SEED_STORY_DIR}/001_aeafaadd1786d078.txt`),
);
const labels = { from: { label: 'Original report', slug: 'original' }, to: { label: 'Rewrite', slug: 'rewrite' } };
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The width and height of a PNG, from its IHDR chunk (always the first). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The PNG's image data, inflated: rows of pixels, each after a filter byte. */
function pixels(png: Uint8Array): Buffer {
  const bytes = Buffer.from(png);
  const chunks: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return inflateSync(Buffer.concat(chunks));
}

describe('share card', () => {
  test('is a 1200 x 630 PNG of at most 100 KB', async () => {
    const png = await shareCard(report, labels);
    expect([...png.subarray(0, 8)]).toEqual(SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThanOrEqual(100 * 1024);
    // Not a blank canvas: the text and the map leave many distinct bytes in the image data.
    expect(new Set(pixels(png)).size).toBeGreaterThan(64);
  });

  test('stays within 100 KB for a long story, whose map has hundreds of blocks', async () => {
    for (const words of [7_600, 40_000]) {
      const pair = syntheticPair(words, 2);
      const long = compareDocuments(pair.original, pair.rewrite);
      expect(long.from.units.length).toBeGreaterThan(words / 50);
      const png = await shareCard(long, labels);
      expect(png.byteLength, `${words} words`).toBeLessThanOrEqual(100 * 1024);
    }
  });

  test('gives the same bytes for the same report', async () => {
    const [first, second] = [await shareCard(report, labels), await shareCard(report, labels)];
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  test('changes when the labels change', async () => {
    const [first, second] = [
      await shareCard(report, labels),
      await shareCard(report, { ...labels, to: { label: 'Another', slug: 'rewrite' } }),
    ];
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(false);
  });

  test('says both headlines, the similarity and the summary’s first sentence', () => {
    const content = cardContent(report, labels);
    expect(content.from).toEqual({
      label: 'Original report',
      slug: 'original',
      headline: 'Trump hints at possible breakthrough in Russia-Ukraine peace talks: ‘Something good may be happening’',
    });
    expect(content.to).toEqual({
      label: 'Rewrite',
      slug: 'rewrite',
      headline: "Trump Signals Russia-Ukraine Peace Talks Progress: 'Something Good May Be Happening'",
    });
    expect(content.similarity).toBe(Math.round(report.stats.similarity * 100));
    expect(content.summary).toBe(report.summary.sentences[0]);
    expect(cardAlt(content)).toBe(
      `Original report and Rewrite compared: ${content.similarity}% similar. ${report.summary.sentences[0]}`,
    );
  });

  test('shortens long text at a word, with an ellipsis', () => {
    expect(shorten('short', 10)).toBe('short');
    expect(shorten('one two three four', 12)).toBe('one two…');
    expect([...shorten('x'.repeat(200), 50)]).toHaveLength(50);
    // Never between a letter and its combining accent.
    expect(shorten('e\u0301'.repeat(20), 10)).toBe(`${'e\u0301'.repeat(9)}…`);
  });
});

describe('card cache', () => {
  test("keys by the report's key and the labels, and reads back only a whole PNG", async () => {
    expect(cardKey('report-a', labels)).toBe(cardKey('report-a', labels));
    expect(cardKey('report-b', labels)).not.toBe(cardKey('report-a', labels));
    for (const other of [
      { ...labels, from: { label: 'Other', slug: 'original' } },
      { ...labels, from: { label: 'Original report', slug: 'other' } },
      { ...labels, to: { label: 'Other', slug: 'rewrite' } },
      { ...labels, to: { label: 'Rewrite', slug: 'other' } },
    ])
      expect(cardKey('report-a', other)).not.toBe(cardKey('report-a', labels));
    const dir = mkdtempSync(path.join(tmpdir(), 'reworded-cards-'));
    try {
      const png = await shareCard(report, labels);
      writeCachedCard(dir, 'whole', png);
      expect(readCachedCard(dir, 'whole')).toEqual(png);
      writeCachedCard(dir, 'cut', png.subarray(0, 1000));
      expect(readCachedCard(dir, 'cut')).toBeUndefined();
      expect(readCachedCard(dir, 'missing')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('stale card files', () => {
  const key = (digit: string) => digit.repeat(64);

  test('are cards no page names and abandoned temporaries, never anything else', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reworded-stale-cards-'));
    try {
      const recent = `${key('c')}.12-1.tmp`;
      const abandoned = `${key('d')}.12-0.tmp`;
      for (const name of [recent, abandoned]) writeFileSync(path.join(dir, name), '');
      const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
      utimesSync(path.join(dir, abandoned), hourAgo, hourAgo);
      const wanted = new Set([key('a')]);
      expect(isStaleCardFile(dir, `${key('a')}.png`, wanted)).toBe(false);
      expect(isStaleCardFile(dir, `${key('b')}.png`, wanted)).toBe(true);
      expect(isStaleCardFile(dir, abandoned, wanted)).toBe(true);
      // A write another build may have under way.
      expect(isStaleCardFile(dir, recent, wanted)).toBe(false);
      // Not the card cache's: a note someone left, a card under a name the cache never writes.
      for (const name of ['notes.txt', 'card.png', `${key('B')}.png`])
        expect(isStaleCardFile(dir, name, wanted)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the card’s miniature map', () => {
  test('shows every dropped and added block in its colour, however thin', () => {
    const long = compareDocuments(syntheticPair(40_000, 2).original, syntheticPair(40_000, 2).rewrite);
    const geometry = mapGeometry(long);
    const size = { width: 220, height: 470 };
    const map = cardMap(geometry, size);
    const children = map.props.children as readonly CardNode[];
    // Paint the rectangles in order, as the PNG does: the colour each pixel row ends with, by side.
    const painted = { left: new Map<number, unknown>(), right: new Map<number, unknown>() };
    for (const rect of children.filter((child) => child.type === 'rect')) {
      const { x, y, height, fill } = rect.props as { x: number; y: number; height: number; fill: string };
      for (let row = y; row < y + height; row += 1) painted[x === 0 ? 'left' : 'right'].set(row, fill);
    }
    const scale = size.height / geometry.length;
    const marked = geometry.blocks.filter((block) => block.fate === 'dropped' || block.fate === 'added');
    expect(marked.length).toBeGreaterThan(20);
    for (const block of marked) {
      const rows = painted[block.side === 'from' ? 'left' : 'right'];
      const top = Math.round(block.start * scale);
      const bottom = Math.max(top + 1, Math.round(block.end * scale));
      const colours = Array.from({ length: bottom - top }, (_, at) => rows.get(top + at));
      expect(colours, `${block.fate} block at ${block.start}`).toContain(
        block.fate === 'dropped' ? CARD_PALETTE.removedRule : CARD_PALETTE.addedRule,
      );
    }
  });
});
