/**
 * The share cards of a built site: with its origin known (SITE), each comparison's page names its
 * card by an absolute address whose file the build wrote, the same bytes as a fresh drawing and as
 * a build that draws it afresh; without SITE, no page names a card and none is written.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { reportSchema } from '../../src/analysis/report/report-schema.ts';
import { shareCard } from '../../src/share-card/index.ts';
import { astroBuild } from '../support/astro-build.ts';
import { ROOT } from '../support/seed.ts';
import { sharedSite } from '../support/shared-site.ts';

const STORY = 'stories/trump-ukraine-peace-talks/';
const page = (dist: string, route: string): Root =>
  fromHtml(readFileSync(path.join(dist, route, 'index.html'), 'utf8'));

/** The content of each <meta> of a page, by its property or name. */
function metas(tree: Root): Map<string, string> {
  const found = new Map<string, string>();
  for (const meta of selectAll('meta', tree)) {
    const key = meta.properties['property'] ?? meta.properties['name'];
    if (typeof key === 'string') found.set(key, String(meta.properties['content']));
  }
  return found;
}

/** Every PNG a build wrote, by path. */
function pngs(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.png'))
    .sort();
}

describe('share cards', () => {
  test('with SITE, a comparison names its card by an absolute address whose file exists', async () => {
    const { dist } = sharedSite('seedPublished');
    const meta = metas(page(dist, STORY));
    const url = meta.get('og:image');
    expect(url).toBe('https://example.org/reworded/stories/trump-ukraine-peace-talks/compare/original/rewrite.png');
    expect(meta.get('og:image:width')).toBe('1200');
    expect(meta.get('og:image:height')).toBe('630');
    expect(meta.get('og:image:alt')).toMatch(/^Original report and Rewrite compared: \d+% similar\. The rewrite /u);
    expect(meta.get('twitter:card')).toBe('summary_large_image');
    // The address, under the site's origin and base, is a file of the build.
    const file = path.join(dist, new URL(url!).pathname.replace(/^\/reworded\//u, ''));
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.byteLength).toBeLessThanOrEqual(100 * 1024);
    // A fresh drawing of the published report gives the same bytes as the build (cached or not).
    const report = reportSchema.parse(JSON.parse(readFileSync(path.join(dist, STORY, 'rewrite.json'), 'utf8')));
    const fresh = await shareCard(report, {
      from: { label: 'Original report', slug: 'original' },
      to: { label: 'Rewrite', slug: 'rewrite' },
    });
    expect(Buffer.from(fresh).equals(png)).toBe(true);
    // Pages that show no one comparison name no card.
    expect(metas(page(dist, '')).has('og:image')).toBe(false);
  });

  test('without SITE, no page names a card and no card is drawn', () => {
    const { dist } = sharedSite('seedAtRoot');
    const meta = metas(page(dist, STORY));
    expect(meta.has('og:image')).toBe(false);
    expect(meta.get('twitter:card')).toBe('summary');
    expect(pngs(dist)).toEqual([]);
  });

  test('a build that finds no card in its cache draws it, to the same bytes', () => {
    const { dist } = sharedSite('seedPublished');
    // A content folder of its own has a card cache of its own, empty: the card's page route
    // draws the card from the report, as a build without `npm run analyse` before it does.
    const content = mkdtempSync(path.join(tmpdir(), 'reworded-cards-again-'));
    try {
      cpSync(path.join(ROOT, 'content/sources'), path.join(content, 'sources'), { recursive: true });
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts')], {
        cwd: ROOT,
        env: { ...process.env, REWORDED_CONTENT: content },
        stdio: 'pipe',
      });
      const again = path.join(content, 'dist');
      astroBuild(again, { BASE: '/reworded/', SITE: 'https://example.org', REWORDED_CONTENT: content });
      const cards = pngs(dist);
      expect(cards).toHaveLength(1);
      expect(pngs(again)).toEqual(cards);
      for (const card of cards)
        expect(readFileSync(path.join(again, card))).toEqual(readFileSync(path.join(dist, card)));
      // Drawn by the route, and kept in this folder's cache.
      expect(readdirSync(path.join(content, '.cache/cards')).filter((name) => name.endsWith('.png'))).toHaveLength(1);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});
