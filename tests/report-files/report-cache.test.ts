/**
 * The analysis cache read as untrusted: a file that is not a report of this format is a miss,
 * computed again and written over; a cache folder that cannot be written leaves the reports
 * computed, unkept, with one warning.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { compareDocuments, REPORT_VERSION } from '../../src/analysis/index.ts';
import { reportSchema } from '../../src/analysis/report/report-schema.ts';
import { cachedReport } from '../../src/report-files/cached-report.ts';
import { analysisCacheDir, readCachedReport, reportKey } from '../../src/report-files/report-cache.ts';

const from = {
  headline: 'Ferry may resume in spring',
  body: [{ type: 'paragraph' as const, text: 'The ferry may resume in spring, Anna Berg said. Tickets cost £4.' }],
};
const to = {
  headline: 'Ferry will resume in spring',
  body: [{ type: 'paragraph' as const, text: 'The ferry will resume in spring. Tickets cost £5.' }],
};
const report = compareDocuments(from, to);
const written = JSON.stringify(report);

const scratch = mkdtempSync(path.join(tmpdir(), 'reworded-report-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let count = 0;
/** A fresh folder under the scratch folder. */
const folder = (): string => {
  count += 1;
  const dir = path.join(scratch, String(count));
  mkdirSync(dir, { recursive: true });
  return dir;
};

describe('readCachedReport', () => {
  test.each([
    ['an empty object', '{}'],
    ['null', 'null'],
    ['an array', '[]'],
    ['JSON cut short', written.slice(0, written.length / 2)],
    ['an empty file', ''],
    ['the version alone', JSON.stringify({ version: REPORT_VERSION })],
    ['a report without its findings', JSON.stringify({ ...report, findings: undefined })],
    ['a report with a unit of another shape', JSON.stringify({ ...report, from: { units: [{ id: 3 }] } })],
    ['a report of another version', JSON.stringify({ ...report, version: REPORT_VERSION - 1 })],
  ])('%s is a miss', (_, text) => {
    const dir = folder();
    writeFileSync(path.join(dir, 'key.json'), text);
    expect(readCachedReport(dir, 'key')).toBeUndefined();
  });

  test('a folder where the file should be is a miss', () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'key.json'));
    expect(readCachedReport(dir, 'key')).toBeUndefined();
  });

  test('a report is read exactly as written, its keys in their order', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'key.json'), written);
    expect(JSON.stringify(readCachedReport(dir, 'key'))).toBe(written);
  });
});

describe('cachedReport', () => {
  let content: string;
  beforeEach(() => {
    content = folder();
    // The cache is bypassed under `astro dev`; these tests are of a build.
    vi.stubEnv('DEV', false);
    vi.stubEnv('REWORDED_CONTENT', content);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  test('computes again a cache file that is not a report, and writes a report over it', () => {
    const dir = analysisCacheDir();
    const file = path.join(dir, `${reportKey(from, to)}.json`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify({ version: REPORT_VERSION }));
    expect(cachedReport(from, to)).toEqual(report);
    expect(reportSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))).success).toBe(true);
  });

  // Last: after it, cachedReport no longer tries to write in this process.
  test('with a file where the cache folder should be, computes each report and says so once', () => {
    mkdirSync(path.join(content, '.cache'));
    writeFileSync(path.join(content, '.cache/analysis'), 'not a folder');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(cachedReport(from, to)).toEqual(report);
    expect(cachedReport(to, from)).toEqual(compareDocuments(to, from));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /\.cache\/analysis: the analysis cache cannot be written: a file is where the folder .*\n {2}Fix: /u,
    );
    // The file is the user's: left as it was.
    expect(readFileSync(path.join(content, '.cache/analysis'), 'utf8')).toBe('not a folder');
  });
});
