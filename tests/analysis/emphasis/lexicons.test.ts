import { describe, expect, test } from 'vitest';
import {
  BOOSTERS,
  HEDGES,
  REPORTING_VERBS,
  VAGUE_SOURCES,
  verbForms,
} from '../../../src/analysis/emphasis/lexicons.ts';

const forms = (entries: readonly { forms: readonly string[] }[]) => entries.flatMap((entry) => entry.forms);

describe('lexicons', () => {
  test('verbForms inflects regular verbs, and takes irregular forms as given', () => {
    expect(verbForms('claim')).toEqual(['claim', 'claims', 'claimed', 'claiming']);
    expect(verbForms('declare')).toEqual(['declare', 'declares', 'declared', 'declaring']);
    expect(verbForms('reply')).toEqual(['reply', 'replies', 'replied', 'replying']);
    expect(verbForms('stress')).toEqual(['stress', 'stresses', 'stressed', 'stressing']);
    expect(verbForms('say', ['said'])).toContain('said');
  });

  test('no word is both a hedge and a booster', () => {
    const hedges = new Set(forms(HEDGES));
    expect(forms(BOOSTERS).filter((form) => hedges.has(form))).toEqual([]);
  });

  test('every reporting verb has one stance, and no reporting verb is also a hedge or booster', () => {
    const all = Object.values(REPORTING_VERBS).flatMap(forms);
    expect(new Set(all).size).toBe(all.length);
    const other = new Set([...forms(HEDGES), ...forms(BOOSTERS)]);
    expect(all.filter((form) => other.has(form))).toEqual([]);
  });

  test('entries are lower case (matching folds case) and headwords are unique within a list', () => {
    for (const list of [HEDGES, BOOSTERS, VAGUE_SOURCES, ...Object.values(REPORTING_VERBS)]) {
      for (const form of forms(list)) expect(form).toBe(form.toLowerCase());
      const headwords = list.map((entry) => entry.headword);
      expect(new Set(headwords).size).toBe(headwords.length);
    }
  });
});
