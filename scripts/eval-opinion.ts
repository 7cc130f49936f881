/**
 * npm run eval:opinion -- FILE.jsonl --out PRED.json
 *
 * Runs the tone analysis on each sentence of FILE.jsonl (one JSON object a line with an `id` and a
 * `text`, shaped like ../shared/eval/opinion/babe-dev.jsonl) and writes the prediction file that
 * set's scorer reads: {"<id>": {"opinion": true|false, "words": [...]}}. A sentence carries opinion
 * by the product's one rule (a word or sign of opinion outside quotation marks); the words are its
 * loaded words (framing, strong valence, capitals for effect). Then score it with
 *   node ../shared/eval/opinion/score.mjs ../shared/eval/opinion/babe-dev.jsonl PRED.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readTone, WORD_KINDS } from '../src/analysis/emphasis/tone/tone.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' } },
});
const input = positionals[0];
if (input === undefined || values.out === undefined) {
  console.error('usage: npm run eval:opinion -- FILE.jsonl --out PRED.json');
  process.exit(2);
}

const predictions: Record<string, { opinion: boolean; words: string[] }> = {};
let opinions = 0;
for (const [number, line] of readFileSync(input, 'utf8').split('\n').entries()) {
  if (line.trim() === '') continue;
  let sentence: { id?: unknown; text?: unknown };
  try {
    sentence = JSON.parse(line) as { id?: unknown; text?: unknown };
  } catch {
    console.error(`${input}:${number + 1}: not a JSON object; each line must be {"id": …, "text": …}.`);
    process.exit(1);
  }
  if (typeof sentence.id !== 'string' || typeof sentence.text !== 'string') {
    console.error(`${input}:${number + 1}: needs a string "id" and a string "text".`);
    process.exit(1);
  }
  const tone = readTone(sentence.text);
  // The scorer compares whole words, hyphenated ones whole: "witch hunt" counts as its two words,
  // "so-called" as one.
  const words = tone.marks
    .filter((mark) => WORD_KINDS.has(mark.kind))
    .flatMap((mark) => mark.text.split(/\s+/u))
    .filter((word) => word !== '');
  predictions[sentence.id] = { opinion: tone.opinion, words };
  if (tone.opinion) opinions += 1;
}
writeFileSync(values.out, `${JSON.stringify(predictions)}\n`);
console.log(`${Object.keys(predictions).length} sentences, ${opinions} carry opinion; wrote ${values.out}`);
