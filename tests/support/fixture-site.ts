/**
 * A site built from the test stories in tests/fixtures/stories: one whose articles are full of
 * markup (HTML, Markdown, frontmatter fences, template braces), one in Arabic and Hebrew, one with
 * a single version and one with two identical versions. It is built from a temporary content
 * folder (REWORDED_CONTENT), never from content/, by the same ingest and Astro build as the site.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { astroBuild } from './astro-build.ts';
import { ROOT, SEED_STORY_DIR } from './seed.ts';

/** The lines of the hostile articles that must appear on the pages exactly as written. */
export const HOSTILE_LINES = [
  'Leaders <script>alert("headline")</script> meet in Geneva',
  'Officials said talks went well <img src=x onerror="alert(\'img\')"> on Monday.',
  '<iframe src="https://example.com/frame"></iframe> The delegation left early.',
  "A [link](javascript:alert('link')) and **bold** text and `code` appeared in the report.",
  '# Not a heading, said the source',
  '> Not a quote block, it said.',
  '| not | a | table |',
  '{props.secret} and {{ template }} and ${injection} stayed text.',
] as const;

/**
 * Builds the fixture site, with the seed story too when asked (a list of many stories), from
 * tests/fixtures/stories or another folder of stories under tests/fixtures, and stories a test
 * writes itself (`write`, given the sources folder); returns its content folder (sources,
 * articles) and its dist folder.
 */
export function buildFixtureSite(
  options: { withSeed?: boolean; stories?: string; write?: (sources: string) => void } = {},
): {
  content: string;
  dist: string;
} {
  const content = mkdtempSync(path.join(tmpdir(), 'reworded-fixtures-'));
  const stories = path.join(ROOT, 'tests/fixtures', options.stories ?? 'stories');
  cpSync(stories, path.join(content, 'sources'), { recursive: true });
  if (options.withSeed === true)
    cpSync(SEED_STORY_DIR, path.join(content, 'sources', path.basename(SEED_STORY_DIR)), { recursive: true });
  options.write?.(path.join(content, 'sources'));
  const dist = path.join(content, 'dist');
  const env = { ...process.env, REWORDED_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync(process.execPath, ['scripts/ingest.ts'], { cwd: ROOT, env, stdio: 'pipe' });
  astroBuild(dist, { REWORDED_CONTENT: content });
  return { content, dist };
}
