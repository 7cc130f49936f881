/**
 * A web page's headline. The page declares one (JSON-LD, og:title, <title>) and shows one (the
 * article's <h1>). They usually agree; when they do not, the declared one is often cut short
 * ("Bridge plan delayed again as costs…") or written for search engines, and the comparison is of
 * what readers read: the <h1> wins, and a declared headline that says something else is reported.
 */

/** The headline and, when the page declared another, a warning naming it. */
export interface ChosenHeadline {
  readonly headline: string | undefined;
  readonly warning: string | undefined;
}

/** Picks the headline from what the page declares (most trusted first) and its article's <h1>. */
export function chooseHeadline(
  declared: readonly (string | undefined)[],
  articleH1: string | undefined,
  outlet: string | undefined,
  h1s: readonly string[],
  file: string,
): ChosenHeadline {
  const title = declared.find((candidate): candidate is string => candidate !== undefined);
  const candidate = title === undefined ? undefined : withoutSiteName(title, outlet, h1s);
  if (articleH1 === undefined || candidate === undefined) return { headline: candidate ?? h1s[0], warning: undefined };
  if (same(candidate, articleH1) || isTruncation(candidate, articleH1))
    return { headline: articleH1, warning: undefined };
  return {
    headline: articleH1,
    warning: `${file}: the page declares the headline "${candidate}", but its <h1> reads "${articleH1}"; the <h1>, which readers see, is the headline.`,
  };
}

/** "Headline | Outlet", "Headline - Outlet" (the <title> of most pages) -> "Headline". */
export function withoutSiteName(title: string, outlet: string | undefined, h1s: readonly string[]): string {
  const separator = String.raw`\s+[|\-–—:·•»]\s+`;
  if (outlet !== undefined) {
    const name = outlet.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const match = new RegExp(`^(.+?)${separator}${name}$|^${name}${separator}(.+)$`, 'iu').exec(title);
    if (match !== null) return (match[1] ?? match[2] ?? title).trim();
  }
  // Without the outlet's name, the page's own h1 tells where the headline ends.
  const h1 = h1s.find(
    (candidate) =>
      title.length > candidate.length &&
      title.startsWith(candidate) &&
      new RegExp(`^${separator}`, 'u').test(title.slice(candidate.length)),
  );
  return h1 ?? title;
}

/** "Bridge plan delayed again as costs…" of "Bridge plan delayed again as costs soar". */
function isTruncation(short: string, full: string): boolean {
  const stem = short.replace(/\s*(?:…|\.{3})$/u, '').trimEnd();
  return stem.length > 0 && stem.length < full.length && full.toLowerCase().startsWith(stem.toLowerCase());
}

/** The same text, whatever its case ("Bridge Plan Delayed" is "Bridge plan delayed"). */
export function same(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}
