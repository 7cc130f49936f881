/**
 * The scripts of the tone analysis: the committed cut of VADER's lexicon is what its generator gives
 * from the pinned package (so it cannot drift), and `npm run eval:opinion` writes the prediction
 * file a labelled sentence set's scorer reads, on a small set of its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { vaderLexiconSource } from '../../scripts/lib/vader-lexicon-source.ts';
import { ROOT } from '../support/seed.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'reworded-tone-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('the committed VADER cut is what npm run build:vader-lexicon writes', () => {
  const committed = readFileSync(path.join(ROOT, 'src/analysis/emphasis/tone/vader-lexicon.ts'), 'utf8');
  expect(committed).toBe(vaderLexiconSource());
});

test('eval:opinion writes each sentence’s opinion and loaded words', () => {
  const input = path.join(scratch, 'sentences.jsonl');
  const output = path.join(scratch, 'predictions.json');
  const sentences = [
    { id: 'a', text: 'The so-called reform is a shameless stunt.' },
    { id: 'b', text: 'The council approved the harbour budget on Tuesday.' },
    { id: 'c', text: '“This is a shameless stunt,” the mayor said.' },
  ];
  writeFileSync(input, sentences.map((sentence) => JSON.stringify(sentence)).join('\n'));
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/eval-opinion.ts'), input, '--out', output], {
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('3 sentences, 1 carry opinion');
  expect(JSON.parse(readFileSync(output, 'utf8'))).toEqual({
    a: { opinion: true, words: ['so-called', 'shameless', 'stunt'] },
    b: { opinion: false, words: [] },
    c: { opinion: false, words: [] },
  });
});

test('eval:opinion names the line of a malformed set', () => {
  const input = path.join(scratch, 'broken.jsonl');
  writeFileSync(input, '{"id": "a", "text": "Fine."}\n{"id": 3}\n');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/eval-opinion.ts'), input, '--out', '-'], {
    encoding: 'utf8',
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('broken.jsonl:2: needs a string "id" and a string "text".');
});
