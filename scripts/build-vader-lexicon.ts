/**
 * npm run build:vader-lexicon: writes src/analysis/emphasis/tone/vader-lexicon.ts, the cut of
 * VADER's sentiment lexicon that the tone analysis reads (see lib/vader-lexicon-source.ts). The
 * analysis is pure and runs in the browser too, so it cannot read the package's text file at run
 * time; the cut is committed, and this script rebuilds it after the package or the cut changes.
 */
import { writeFileSync } from 'node:fs';
import { vaderLexiconSource } from './lib/vader-lexicon-source.ts';

const target = new URL('../src/analysis/emphasis/tone/vader-lexicon.ts', import.meta.url);
writeFileSync(target, vaderLexiconSource());
console.log(`wrote ${target.pathname}`);
