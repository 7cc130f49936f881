/**
 * What stands in the headline's place. A file without a headline puts its first paragraph there:
 * the lede ("BEIRUT — Islamic State fighters seized …"), a byline ("By Jane Smith") or a line of a
 * saved page's script. Such a line is body text, and the comparison reads it as body text: it is
 * cut into sentences and aligned with the body, where its counterpart is, and no headline finding
 * or summary sentence speaks of it as a headline.
 *
 * Each side is read on its own: a real headline facing a lede stays a headline, and the finding
 * that the other version has none is true. (It then pairs with no sentence of the other version's
 * body, even one that repeats it word for word.)
 */
import { readsAsHeadline } from './reads-as-headline.ts';
import type { ComparableDocument } from './units.ts';

/** The document, its headline (and standfirst) read as body text when the headline is no headline. */
export function headlineInPlace(document: ComparableDocument): ComparableDocument {
  return headlineReads(document) ? document : firstLinesAsBody(document);
}

function headlineReads(document: ComparableDocument): boolean {
  return document.headline === undefined || document.headline.trim() === '' || readsAsHeadline(document.headline);
}

/**
 * The headline and the standfirst as the body's first paragraphs, in reading order: under a line
 * that is no headline, the line after it is no standfirst either.
 */
function firstLinesAsBody(document: ComparableDocument): ComparableDocument {
  const lines = [document.headline, document.standfirst].filter(
    (line): line is string => line !== undefined && line.trim() !== '',
  );
  if (lines.length === 0) return document;
  return {
    ...document,
    headline: undefined,
    standfirst: undefined,
    body: [...lines.map((text) => ({ type: 'paragraph' as const, text })), ...document.body],
  };
}
