/**
 * Several authors as one byline, as a page prints them: "Jane Doe, Ann Lee and John Roe". A web
 * page's JSON-LD and a Markdown file's `authors` list both give names one by one.
 */

/** The names joined with commas and a final "and"; a name given twice is named once. */
export function joinNames(names: readonly string[]): string {
  const unique = [...new Set(names)];
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}
