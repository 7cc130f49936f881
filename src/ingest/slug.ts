/**
 * Turns a file or folder name into a URL slug: "000_de2a6d799cf6aacf" -> "000-de2a6d799cf6aacf",
 * "Élection Présidentielle" -> "election-presidentielle". Accents are dropped by NFKD decomposition;
 * a name with no Latin letter or digit at all yields the empty string, which callers must refuse.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
