/**
 * A Pagefind result's excerpt as plain segments, the matched words flagged. Pagefind gives the
 * excerpt as HTML (escaped text with <mark> around matches); the search page builds text nodes
 * and <mark> elements from these segments rather than setting innerHTML, so that nothing from the
 * index is ever parsed as markup.
 */

/** A stretch of an excerpt, and whether it is a match. */
export interface ExcerptSegment {
  readonly text: string;
  readonly match: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an escaped excerpt holds (named basics and numeric ones). */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (reference, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return ENTITIES[name.toLowerCase()] ?? reference;
  });
}

/** The segments of an excerpt, in order, empty ones left out; any other tag stays text. */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let match = false;
  for (const part of excerpt.split(/(<\/?mark>)/u)) {
    if (part === '<mark>') match = true;
    else if (part === '</mark>') match = false;
    else if (part !== '') segments.push({ text: decode(part), match });
  }
  return segments;
}
