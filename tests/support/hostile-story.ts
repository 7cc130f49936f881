/**
 * Hostile and careless story folders, generated: the shapes an editor's folder, a pull request or
 * a page saved from a hostile site can take, each small enough to write quickly, mixed at random
 * from a seed so that a failing mix can be made again. Used by the fuzz test of ingest and analysis.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { yamlBomb } from './yaml-bomb.ts';

const PLAIN =
  'Ministers met in Geneva on Monday.\n\nThe talks ran late, officials said, and “no deal was reached,” a spokesman told reporters.\n\nA second round is planned for March.\n';

/** What goes in one story folder entry: its name and how to make it. */
export interface HostileEntry {
  /** What the shape is, for a failing case's message. */
  readonly shape: string;
  readonly make: (folder: string, outside: string) => void;
}

const repeat = (text: string, times: number): string => text.repeat(times);
const file = (name: string, content: string | Uint8Array) => (folder: string) =>
  writeFileSync(path.join(folder, name), content);

/**
 * Every shape an article file or story folder entry may take. `outside` is a folder beside the
 * sources holding a secret: a shape that links to it must never get its text published.
 */
export const HOSTILE_SHAPES: readonly ((name: string) => HostileEntry)[] = [
  (name) => ({ shape: 'plain article', make: file(`${name}.txt`, PLAIN) }),
  (name) => ({
    shape: 'HTML with 2,000 nested divs',
    make: file(
      `${name}.html`,
      `<html><head><title>Talks end</title></head><body>${repeat('<div>', 2000)}<p>${PLAIN}</p>${repeat('</div>', 2000)}</body></html>`,
    ),
  }),
  (name) => ({
    shape: 'HTML with 1,400 nested mixed elements',
    make: file(
      `${name}.html`,
      `<html><head><title>Talks end</title></head><body><article>${repeat('<section><span>', 700)}${PLAIN}${repeat('</span></section>', 700)}</article></body></html>`,
    ),
  }),
  (name) => ({ shape: 'Markdown emphasis run', make: file(`${name}.md`, `# Headline\n\n${repeat('*a', 60_000)}\n`) }),
  (name) => ({
    shape: 'Markdown mixed emphasis',
    make: file(`${name}.md`, `# Headline\n\n${repeat('_*', 30_000)}x\n`),
  }),
  (name) => ({
    shape: 'Markdown brackets opened and closed',
    make: file(`${name}.md`, `# Headline\n\n${repeat('[', 200_000)}${repeat(']', 200_000)}\n`),
  }),
  (name) => ({
    shape: 'Markdown reference labels',
    make: file(`${name}.md`, `# Headline\n\n${repeat('[a]', 130_000)}\n`),
  }),
  (name) => ({
    shape: 'Markdown link definitions',
    make: file(`${name}.md`, `# Headline\n\nText.\n\n${repeat('[a]: b\n', 270_000)}`),
  }),
  (name) => ({ shape: 'one-letter paragraphs', make: file(`${name}.md`, `# Headline\n\n${repeat('a\n\n', 600_000)}`) }),
  (name) => ({ shape: '5,000 nested quotes', make: file(`${name}.md`, `# Headline\n\n${repeat('>', 5000)} deep\n`) }),
  (name) => ({
    shape: 'frontmatter alias bomb',
    make: file(`${name}.md`, `---\n${yamlBomb('headline')}---\n${PLAIN}`),
  }),
  (name) => ({
    shape: 'frontmatter value wrapped onto a # line',
    make: file(`${name}.md`, `---\nheadline: Why\n  #MeToo still matters\n---\n${PLAIN}`),
  }),
  (name) => ({
    shape: 'bidi and terminal controls',
    make: file(
      `${name}.txt`,
      `Daily \u202eCourier\n\n\u001b[8mHidden\u001b[0m \u001b]52;c;c2VjcmV0\u0007 text “quote \u202e unclosed.\n`,
    ),
  }),
  (name) => ({
    shape: 'a PDF',
    make: file(`${name}.txt`, Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\n', 'latin1')),
  }),
  (name) => ({ shape: 'NUL bytes', make: file(`${name}.txt`, new Uint8Array([0x41, 0, 0, 0x42, 0x0a])) }),
  (name) => ({
    shape: 'invalid UTF-8',
    make: file(`${name}.txt`, new Uint8Array([0x48, 0x69, 0x20, 0xc3, 0x28, 0x0a])),
  }),
  (name) => ({ shape: 'empty file', make: file(`${name}.txt`, '') }),
  (name) => ({
    shape: 'a 200,000-character word',
    make: file(`${name}.txt`, `Headline here\n\n${repeat('w', 200_000)}\n`),
  }),
  (name) => ({
    shape: '10,000 short quotations',
    make: file(
      `${name}.txt`,
      `Headline here\n\n${Array.from({ length: 10_000 }, (_, i) => `He said “word ${i % 97} here”.`).join(' ')}\n`,
    ),
  }),
  (name) => ({
    shape: '100,000 tiny paragraphs',
    make: file(`${name}.txt`, `Headline here\n\n${Array.from({ length: 100_000 }, (_, i) => `P${i}.`).join('\n\n')}\n`),
  }),
  (name) => ({
    shape: 'symlink to a secret outside the sources',
    make: (folder, outside) => symlinkSync(path.join(outside, 'secret.txt'), path.join(folder, `${name}.txt`)),
  }),
  (name) => ({
    shape: 'symlink loop',
    make: (folder) => {
      symlinkSync(`${name}-b.txt`, path.join(folder, `${name}.txt`));
      symlinkSync(`${name}.txt`, path.join(folder, `${name}-b.txt`));
    },
  }),
  (name) => ({
    shape: 'dangling symlink',
    make: (folder) => symlinkSync('nowhere.txt', path.join(folder, `${name}.txt`)),
  }),
  (name) => ({
    shape: 'a folder named like an article',
    make: (folder) => mkdirSync(path.join(folder, `${name}.txt`)),
  }),
  (name) => ({
    shape: 'a named pipe',
    make: (folder) => execFileSync('mkfifo', [path.join(folder, `${name}.txt`)]),
  }),
  (name) => ({
    shape: 'frontmatter with an impossible date',
    make: file(`${name}.md`, `---\nheadline: A headline\ndate: 2025-13-45T99:99\n---\n${PLAIN}`),
  }),
  (name) => ({ shape: 'a hidden file', make: file(`.${name}.txt`, PLAIN) }),
  (name) => ({ shape: 'a name in decomposed Unicode', make: file(`${name}-café.txt`.normalize('NFD'), PLAIN) }),
];

/** What story.yaml may hold: nothing, a good one, or a hostile one. */
export const STORY_CONFIGS: readonly { readonly shape: string; readonly text: string | undefined }[] = [
  { shape: 'no story.yaml', text: undefined },
  { shape: 'story.yaml with a # in a value', text: 'title: Why #MeToo still matters\n' },
  { shape: 'story.yaml alias bomb', text: yamlBomb('title') },
  { shape: 'story.yaml with a misspelt key', text: 'titel: A story\n' },
  { shape: 'story.yaml naming a missing file', text: 'original: missing.txt\n' },
  { shape: 'story.yaml with a right-to-left override', text: 'title: "Daily \u202eCourier"\n' },
];

/** Writes a story folder of a plain version and the one given hostile shape. */
export function writeShapeStory(
  sources: string,
  outside: string,
  name: string,
  shape: (name: string) => HostileEntry,
): HostileStory {
  const folder = path.join(sources, name);
  mkdirSync(folder, { recursive: true });
  const entries = [HOSTILE_SHAPES[0]!('v0'), shape('v1')];
  for (const entry of entries) entry.make(folder, outside);
  return { name, shapes: entries.map((entry) => entry.shape) };
}

/** One generated story: which shapes it holds, for the message of a failing case. */
export interface HostileStory {
  readonly name: string;
  readonly shapes: readonly string[];
}

/** Writes a story folder of a plain version, one or two hostile entries and maybe a story.yaml. */
export function writeHostileStory(sources: string, outside: string, name: string, random: () => number): HostileStory {
  const folder = path.join(sources, name);
  mkdirSync(folder, { recursive: true });
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const shapes: string[] = [];
  // One plain version to compare with, then one hostile entry, sometimes two: a story whose every
  // entry is hostile would stop at the first, and the others would go untried.
  const entries = [HOSTILE_SHAPES[0]!('v0'), pick(HOSTILE_SHAPES)('v1')];
  if (random() < 0.3) entries.push(pick(HOSTILE_SHAPES)('v2'));
  for (const entry of entries) {
    entry.make(folder, outside);
    shapes.push(entry.shape);
  }
  // Most stories have no story.yaml, so that the article files are read and not only the config.
  const config = random() < 0.6 ? STORY_CONFIGS[0]! : pick(STORY_CONFIGS);
  if (config.text !== undefined) writeFileSync(path.join(folder, 'story.yaml'), config.text);
  shapes.push(config.shape);
  return { name, shapes };
}
