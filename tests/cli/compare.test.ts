/** `npm run compare`: the command-line tool, run as a user would, on the seed story. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { reportSchema } from '../../src/analysis/report/report-schema.ts';
import { renderReport } from '../../src/cli/render-report.ts';
import { HANG_GUARD, namedPipe, PDF, sparseFile } from '../support/hostile-files.ts';
import { ROOT, SEED_STORY_DIR } from '../support/seed.ts';

const ORIGINAL = `${SEED_STORY_DIR}/000_de2a6d799cf6aacf.txt`;
const REWRITE = `${SEED_STORY_DIR}/001_aeafaadd1786d078.txt`;
const compare = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts/compare.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
const scratch = mkdtempSync(path.join(tmpdir(), 'reworded-compare-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run compare', () => {
  test('`npm run --silent compare -- A B --json` prints nothing but the report JSON', () => {
    const stdout = execFileSync('npm', ['run', '--silent', 'compare', '--', ORIGINAL, REWRITE, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const report = reportSchema.parse(JSON.parse(stdout));
    expect(report.from.units[0]?.text).toMatch(/^Trump hints at possible breakthrough/);
  });

  test('prints a readable report without colour when not on a terminal', () => {
    const result = compare([ORIGINAL, REWRITE]);
    expect(result.status).toBe(0);
    // The story-level summary heads the output, before the statistics.
    expect(result.stdout).toMatch(/^In short\n {2}The rewrite keeps \d+ of the original’s \d+ sentences/);
    expect(result.stdout).toMatch(/\n\nSummary\n {2}original: \d+ words/);
    expect(result.stdout).toContain('[-Trump-] wrote [-on Truth Social-].');
    expect(result.stdout).not.toContain('\u001b[');
  });

  test('prints what changed, most salient first, before the groups', () => {
    const { stdout } = compare([ORIGINAL, REWRITE]);
    const section = stdout.slice(stdout.indexOf('What changed\n'), stdout.indexOf('\ng0 '));
    const lines = section.split('\n').filter((line) => /^ {2}(high|medium|low) /u.test(line));
    expect(lines[0]).toMatch(/^ {2}high {3}The rewrite’s headline and standfirst drop the hedges “possible”/u);
    expect(section).toContain('The rewrite no longer credits Reuters');
    expect(section).toContain('The rewrite drops the original’s byline, “Ravi Hari”.');
    // Levels never go up the list.
    const rank = { high: 0, medium: 1, low: 2 } as const;
    const levels = lines.map((line) => rank[line.trim().split(' ')[0] as keyof typeof rank]);
    expect(levels).toEqual([...levels].sort((x, y) => x - y));
  });

  test('colours removed and added words only when asked to', () => {
    const report = reportSchema.parse(JSON.parse(compare([ORIGINAL, REWRITE, '--json']).stdout));
    expect(renderReport(report, { color: true })).toContain('\u001b[31m[-Trump-]\u001b[0m');
    expect(renderReport(report, { color: false })).not.toContain('\u001b[');
  });

  test('reads generated Markdown and plain text alike', () => {
    execFileSync(process.execPath, ['scripts/ingest.ts'], { cwd: ROOT, stdio: 'pipe' });
    const markdown = compare([
      path.join(ROOT, 'content/articles/trump-ukraine-peace-talks/original.md'),
      path.join(ROOT, 'content/articles/trump-ukraine-peace-talks/rewrite.md'),
      '--json',
    ]);
    const text = compare([ORIGINAL, REWRITE, '--json']);
    expect(markdown.status).toBe(0);
    const groups = (stdout: string) =>
      reportSchema.parse(JSON.parse(stdout)).groups.map((group) => [group.op, group.from, group.to]);
    expect(groups(markdown.stdout)).toEqual(groups(text.stdout));
    // The byline and photo credit reach the analysis from the frontmatter too.
    const findings = (stdout: string) =>
      reportSchema.parse(JSON.parse(stdout)).findings.map((finding) => finding.explanation);
    expect(findings(markdown.stdout)).toEqual(findings(text.stdout));
  });

  test('--units lines takes each non-empty line as one unit', () => {
    const from = path.join(scratch, 'from.txt');
    const to = path.join(scratch, 'to.txt');
    writeFileSync(from, 'Moscow rejected the European version outright.\n\nKyiv welcomed the talks in Geneva.\n');
    writeFileSync(to, 'Moscow dismissed the European version outright.\nKyiv welcomed the talks in Geneva.\n');
    const report = reportSchema.parse(JSON.parse(compare([from, to, '--units', 'lines', '--json']).stdout));
    expect(report.from.units.map((unit) => unit.text)).toEqual([
      'Moscow rejected the European version outright.',
      'Kyiv welcomed the talks in Geneva.',
    ]);
    expect(report.groups.map((group) => group.op)).toEqual(['edited', 'unchanged']);
  });

  test('a missing file is an error that names it, exit code 1', () => {
    const result = compare([path.join(scratch, 'nope.txt'), REWRITE]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nope.txt: no such file (ENOENT).');
  });

  test('wrong arguments print the usage, exit code 2', () => {
    const result = compare([ORIGINAL]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run compare -- ORIGINAL REWRITE [--json] [--units lines]');
  });

  describe('control characters in an article', () => {
    // Hides the words after it, writes the clipboard, sets the window title, returns the cursor.
    const HOSTILE = '\u001b[8m\u001b]52;c;SGVsbG8=\u0007\u001b]0;pwned\u0007\r';
    const SENT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
    const hostileDir = path.join(scratch, `story\u001b]0;title\u0007`);
    const from = path.join(hostileDir, 'from\u001b[8m.txt');
    const to = path.join(hostileDir, 'to.txt');
    mkdirSync(hostileDir, { recursive: true });
    writeFileSync(
      from,
      `Minister ${HOSTILE}resigns\n\nThe minister said \u001b[8mnothing\u001b[0m about the \u202edeal today.\n`,
    );
    writeFileSync(to, 'Minister resigns\n\nThe minister said something about the deal today, in Paris\u0007.\n');

    test.each([
      ['the text', [from, to], {}],
      ['the text with NO_COLOR', [from, to], { NO_COLOR: '1' }],
      ['the JSON', [from, to, '--json'], {}],
      ['lines as units', [from, to, '--units', 'lines'], {}],
    ])('%s shows them as visible escapes, never sends them', (_, args, env) => {
      const result = compare(args, env);
      expect(result.status).toBe(0);
      expect(result.stdout).not.toMatch(SENT);
      expect(result.stdout).toMatch(/\\(x1b|u001b)\[8m/u);
    });

    test('a message naming a file shows its control characters as escapes', () => {
      writeFileSync(path.join(hostileDir, 'bad\u001b[8m.txt'), new Uint8Array([0x41, 0x9b, 0x42, 0x0a]));
      const warned = compare([path.join(hostileDir, 'bad\u001b[8m.txt'), to]);
      expect(warned.stderr).toContain('bad\\x1b[8m.txt: byte 0x9B');
      const missing = compare([path.join(hostileDir, 'gone\u001b]52;c;SGVsbG8=\u0007.txt'), to]);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('gone\\x1b]52;c;SGVsbG8=\\x07.txt: no such file (ENOENT).');
      for (const { stderr } of [warned, missing]) expect(stderr.replace(/\n/gu, '')).not.toMatch(SENT);
    });
  });

  describe('inputs at the edges', () => {
    const write = (name: string, content: string | Uint8Array) => {
      const target = path.join(scratch, name);
      writeFileSync(target, content);
      return target;
    };

    test.each([
      ['an empty file', ''],
      ['a file of white space only', ' \n\t\n\u00a0\n'],
    ])('%s is an error naming it, exit code 1', (_, content) => {
      const empty = write('empty.txt', content);
      const result = compare([empty, REWRITE]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/empty\.txt: the file has no text/u);
      expect(result.stdout).toBe('');
    });

    test('a binary file is an error saying what was found', () => {
      const result = compare([write('photo.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])), REWRITE]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/photo\.docx: the file holds a NUL byte/u);
    });

    test('a headline with no body compares, headline with headline', () => {
      const one = write('one-line.txt', 'Trump hints at possible breakthrough in peace talks\n');
      const report = reportSchema.parse(
        JSON.parse(compare([one, write('other.txt', 'Trump hints at breakthrough in peace talks\n'), '--json']).stdout),
      );
      expect(report.groups.map((group) => group.op)).toEqual(['edited']);
      expect(report.findings.map((finding) => `${finding.kind}/${finding.change}`)).toEqual(['framing/hedge dropped']);
    });

    test('two identical files: everything unchanged, nothing that changes the emphasis', () => {
      const result = compare([ORIGINAL, ORIGINAL]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('nothing that changes the emphasis');
      expect(result.stdout).toMatch(/groups: {3}27 unchanged, 0 edited/u);
    });

    test('two files with nothing in common: everything dropped or added', () => {
      const from = write('from.txt', 'Cats sleep all day\n\nThey purr on warm windowsills in the afternoon.');
      const to = write('to.txt', 'Markets fell sharply\n\nInvestors sold shares of banks on Tuesday morning.');
      const report = reportSchema.parse(JSON.parse(compare([from, to, '--json']).stdout));
      // The headlines are each other's counterpart whatever they say; the bodies share nothing.
      expect(report.groups.map((group) => group.op)).toEqual(['edited']);
      expect(report.dropped).toHaveLength(1);
      expect(report.added).toHaveLength(1);
    });
  });

  describe('files that are not articles', () => {
    const place = (name: string) => path.join(mkdtempSync(path.join(scratch, 'special-')), name);

    test.each([
      ['a named pipe', 'pipe.txt', namedPipe, /pipe\.txt: this is a named pipe, not a regular file/u],
      [
        '/dev/zero behind a link',
        'zero.txt',
        (target: string) => symlinkSync('/dev/zero', target),
        /zero\.txt: this is a character device, not a regular file/u,
      ],
      ['a folder', 'folder.txt', (target: string) => mkdirSync(target), /folder\.txt: this is a folder, not a file/u],
      [
        'a 3 GB file',
        'huge.txt',
        sparseFile,
        /huge\.txt: the file is 3221\.2 MB; Reworded compares articles up to 2\.0 MB/u,
      ],
      [
        'a PDF',
        'report.pdf',
        (target: string) => writeFileSync(target, PDF),
        /report\.pdf: the file looks like a PDF/u,
      ],
      [
        'a PDF saved as text',
        'report.txt',
        (target: string) => writeFileSync(target, PDF),
        /report\.txt: the file looks like a PDF/u,
      ],
    ])('%s is refused by name before it is read, exit code 1', (_, name, make, problem) => {
      const target = place(name);
      make(target);
      const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/compare.ts'), target, REWRITE], {
        encoding: 'utf8',
        timeout: HANG_GUARD,
      });
      expect(result.error).toBeUndefined();
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(problem);
      expect(result.stderr).not.toMatch(/2 GiB|\n\s+at /u);
      expect(result.stdout).toBe('');
    });
  });
});
