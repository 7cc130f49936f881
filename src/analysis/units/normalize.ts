/**
 * Comparison normalisation: typographic variants are not wording changes. Curly and straight
 * quotes, the dash family, no-break and other spaces, ligatures and Unicode compatibility forms all
 * compare equal. Only comparison keys are normalised; display always keeps the original characters.
 */

const QUOTE_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC\u02BB\u0060\u00B4]/gu, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u301D\u301E]/gu, '"'],
  [/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu, '-'],
  [/\u2026/gu, '...'],
  // Soft hyphens and zero-width characters are invisible: they never make two words differ.
  [/[\u00AD\u200B-\u200D\u2060\uFEFF]/gu, ''],
  [/\s+/gu, ' '],
];

/**
 * The comparison form of a text: NFKC (ligatures, full-width forms, compatibility characters),
 * then quotes, dashes, ellipses and spaces folded to one form each. Case is kept: use `foldCase`
 * where case should not count either.
 */
export function comparisonForm(text: string): string {
  // Words and short phrases recur across a comparison: remember their forms.
  const short = text.length <= MEMO_MAX_LENGTH;
  let result = short ? forms.get(text) : undefined;
  if (result !== undefined) return result;
  result = text.normalize('NFKC');
  for (const [pattern, replacement] of QUOTE_FOLDS) result = result.replace(pattern, replacement);
  if (short) {
    if (forms.size >= MEMO_LIMIT) forms.clear();
    forms.set(text, result);
  }
  return result;
}

/** Memo of comparison forms of short strings, cleared when full so that it never grows without bound. */
const forms = new Map<string, string>();
const MEMO_MAX_LENGTH = 40;
const MEMO_LIMIT = 100_000;

/** Comparison form without case, for similarity (a headline's Title Case is not a rewording). */
export function foldCase(text: string): string {
  // Callers look each distinct word up once (features.ts memoises per word), so no memo here.
  return comparisonForm(text).toLocaleLowerCase('und');
}
