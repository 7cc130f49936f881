/**
 * `npm run add` given links, run as a user would, against a site on 127.0.0.1
 * (tests/support/page-server.ts): pages are fetched, saved unchanged and recorded in story.yaml,
 * and the story is one the build ingests; a link that fails stops the command and nothing is written.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { parseStoryConfig } from '../../src/ingest/story-config.ts';
import { servePages } from '../support/page-server.ts';
import type { PageServer } from '../support/page-server.ts';
import { ROOT } from '../support/seed.ts';

const GAZETTE = path.join(ROOT, 'tests/fixtures/stories/three-versions/harbour-gazette.txt');
const PAGES = path.join(ROOT, 'tests/fixtures/pages');
const run = promisify(execFile);

const scratch = mkdtempSync(path.join(tmpdir(), 'reworded-add-links-'));
let site: PageServer;
let content = '';
beforeAll(async () => {
  site = await servePages();
});
afterAll(async () => {
  await site.close();
  rmSync(scratch, { recursive: true, force: true });
});
beforeEach(() => {
  content = mkdtempSync(path.join(scratch, 'content-'));
});

/** Runs a script as `npm run` would, without blocking this process, which serves the pages. */
async function script(name: string, args: readonly string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'scripts', name), ...args], {
      env: { ...process.env, REWORDED_CONTENT: content, REWORDED_FETCH_TIMEOUT_MS: '2000', ...env },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
const folder = (slug: string) => path.join(content, 'sources', slug);

describe('npm run add with links', () => {
  test('fetches each link, saves it unchanged, records where it came from, and the build ingests it', async () => {
    const courier = `${site.origin}/s/1`;
    const ferries = `${site.origin}/ferry/spring-timetable.html`;
    const result = await script('add.ts', ['harbour-bridge', GAZETTE, courier, ferries, '--original', courier], {
      SITE: 'https://reworded.example',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(folder('harbour-bridge')).sort()).toEqual([
      'harbour-bridge-reopens.html',
      'harbour-gazette.txt',
      'spring-timetable.html',
      'story.yaml',
    ]);
    expect(readFileSync(path.join(folder('harbour-bridge'), 'harbour-bridge-reopens.html'))).toEqual(
      readFileSync(path.join(PAGES, 'courier-article.html')),
    );
    expect(site.requests.at(-1)?.userAgent).toBe('Reworded/0.1.0 (+https://reworded.example)');

    const config = parseStoryConfig(
      readFileSync(path.join(folder('harbour-bridge'), 'story.yaml'), 'utf8'),
      'story.yaml',
    );
    expect(config.original).toBe('harbour-bridge-reopens.html');
    const [gazette, fetched, ferry] = config.versions ?? [];
    // No label is written: none was given, and the build makes each the same way add did.
    expect(config.versions?.some((version) => version.label !== undefined)).toBe(false);
    expect(gazette).toEqual({ file: 'harbour-gazette.txt', slug: 'rewrite' });
    // The address the page gives of itself; the link, where it led and when.
    expect(fetched).toMatchObject({
      file: 'harbour-bridge-reopens.html',
      url: 'https://courier.example/news/harbour-bridge-reopens',
      fetched: { requested: courier, final: `${site.origin}/news/harbour-bridge-reopens` },
    });
    expect(fetched?.retrieved).toBe(fetched?.fetched?.at);
    expect(Date.now() - Date.parse(fetched?.fetched?.at ?? '')).toBeLessThan(60_000);
    expect(ferry).toMatchObject({ url: 'https://www.ferries.example/news/spring-timetable' });
    // The labels add made: the outlet the page names; for a page that names none, its host
    // without www.; for a file saved by hand, its place.
    expect(result.stdout).toContain(`version "the-courier", labelled "The Courier"`);
    expect(result.stdout).toContain(`version "ferries-example", labelled "ferries.example"`);
    expect(result.stdout).toContain(`fetched:    ${site.origin}/news/harbour-bridge-reopens at `);

    const ingest = await script('ingest.ts', []);
    expect(ingest.status).toBe(0);
    const summary = JSON.parse(readFileSync(path.join(content, 'articles/harbour-bridge/story.json'), 'utf8')) as {
      original: string;
      versions: string[];
    };
    expect(summary).toMatchObject({
      original: 'the-courier',
      versions: ['rewrite', 'the-courier', 'ferries-example'],
    });
    // The build makes the same labels from what story.yaml recorded of each fetch.
    const label = (slug: string) =>
      /^label: (.*)$/mu.exec(readFileSync(path.join(content, `articles/harbour-bridge/${slug}.md`), 'utf8'))?.[1];
    expect([label('rewrite'), label('the-courier'), label('ferries-example')]).toEqual([
      '"Rewrite"',
      '"The Courier"',
      '"ferries.example"',
    ]);
  });

  test('a page whose charset only its server names is recorded so, and add and the build read it without a guess', async () => {
    const link = `${site.origin}/hafenbote`;
    const result = await script('add.ts', ['hafen', link, `${site.origin}/courrier`]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/Windows-1252|warning/iu);
    const config = parseStoryConfig(readFileSync(path.join(folder('hafen'), 'story.yaml'), 'utf8'), 'story.yaml');
    expect(config.versions?.map((version) => version.fetched?.charset)).toEqual(['windows-1252', 'windows-1252']);

    const ingest = await script('ingest.ts', []);
    expect(ingest.status).toBe(0);
    expect(`${ingest.stdout}${ingest.stderr}`).not.toMatch(/Windows-1252|re-save|save it as UTF-8/iu);
    const article = readFileSync(path.join(content, 'articles/hafen/der-hafenbote.md'), 'utf8');
    expect(article).toContain('„Das war kein Spaß“, sagte die Bürgermeisterin');
  });

  test.each([
    ['a 404', '/gone', /answered 404 Not Found/u],
    ['a page that never comes', '/never', /the page did not arrive within 0\.3 s/u],
    ['a paywall', '/paywalled', /probably a paywall, a consent or cookie wall/u],
    ['a PDF', '/report.pdf', /sent "application\/pdf", not a web page/u],
  ])('stops at %s, naming the link and what to do, and writes nothing', async (_case, route, problem) => {
    const link = `${site.origin}${route}`;
    const result = await script('add.ts', ['harbour-bridge', `${site.origin}/s/1`, link], {
      REWORDED_FETCH_TIMEOUT_MS: '300',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`add: ${link}: `);
    expect(result.stderr).toMatch(problem);
    expect(result.stderr).toMatch(/Fix: .*save the page \(File > Save Page As…, "Web Page, HTML only"\)/u);
    expect(result.stderr).toContain('Nothing was written.');
    expect(existsSync(folder('harbour-bridge'))).toBe(false);
  });

  test('checks --original and the labels before fetching anything, comparing links as addresses', async () => {
    const before = site.requests.length;
    const link = `${site.origin}/s/1`;
    const wrong = await script('add.ts', ['harbour-bridge', link, '--original', `${site.origin}/s/2`]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(
      `--original ${site.origin}/s/2 is not one of the files and links given; repeat the link`,
    );
    const labels = await script('add.ts', ['harbour-bridge', link, '--label', 'A', '--label', 'B']);
    expect(labels.status).toBe(1);
    expect(labels.stderr).toContain('2 labels for 1 file or link');
    expect(site.requests.length).toBe(before);
    expect(existsSync(folder('harbour-bridge'))).toBe(false);
    // The same address written another way is the same link.
    const same = await script('add.ts', [
      'harbour-bridge',
      GAZETTE,
      link,
      '--original',
      link.replace('http://', 'HTTP://'),
    ]);
    expect(same.stderr).toBe('');
    const config = parseStoryConfig(
      readFileSync(path.join(folder('harbour-bridge'), 'story.yaml'), 'utf8'),
      'story.yaml',
    );
    expect(config.original).toBe('harbour-bridge-reopens.html');
  });

  test('records the address without utm_ parameters, and the link as typed', async () => {
    const link = `${site.origin}/ferry/spring-timetable.html?utm_source=news&utm_medium=email&day=2`;
    const result = await script('add.ts', ['ferry', link]);
    expect(result.stderr).toBe('');
    const config = parseStoryConfig(readFileSync(path.join(folder('ferry'), 'story.yaml'), 'utf8'), 'story.yaml');
    // The link as typed stays in fetched.requested; the address it is known by loses utm_*.
    expect(config.versions?.[0]?.fetched?.requested).toBe(link);
    expect(config.versions?.[0]?.url).toBe(`${site.origin}/ferry/spring-timetable.html?day=2`);
  });

  test('refuses a time limit that is not a number', async () => {
    const result = await script('add.ts', ['harbour-bridge', `${site.origin}/s/1`], {
      REWORDED_FETCH_TIMEOUT_MS: 'soon',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/REWORDED_FETCH_TIMEOUT_MS is "soon"; give a whole number of milliseconds/u);
  });
});
