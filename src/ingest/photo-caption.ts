/**
 * Photo captions: a line that ends in a credit in parentheses, "(Photo by Jim WATSON / AFP)",
 * "(Photo: Reuters)", "(Image credit: AP)", "(Reuters/Jane Doe)". The credit pattern is narrow on
 * purpose: "He shared (pictures of the blast)" is a sentence, not a caption.
 */

/** A caption and its credit. */
export interface PhotoCaption {
  readonly caption: string | undefined;
  readonly credit: string;
}

const CREDIT = new RegExp(
  String.raw`^(.*?)\s*\(((?:file\s+)?(?:photo(?:graph)?|image|picture)s?\s*(?:by\b|credit\b|:)[^()]*` +
    String.raw`|[^()]*\b(?:AFP|AP|Reuters|Getty Images|EPA|PTI|ANI|Bloomberg|Xinhua|dpa|ANSA)\s*(?:/[^()]*)?)\)$`,
  'iu',
);

/** Reads a line as a photo caption with its credit, or undefined when it is not one. */
export function parsePhotoCaption(text: string): PhotoCaption | undefined {
  const match = CREDIT.exec(text);
  if (match === null || match[2] === undefined) return undefined;
  return { caption: match[1] === '' ? undefined : match[1], credit: match[2].trim() };
}
