/**
 * Direct quotations in a unit's text: the words between quotation marks, with their offsets.
 * Double marks of every style (“…”, "…", «…», „…“) and single curly or straight marks used as
 * quotation marks (‘Something good may be happening’), told apart from apostrophes by what stands
 * beside them: a quotation opens after a space or at the start, and an apostrophe sits between two
 * letters (Ukraine’s) or after a word (the allies’ plan).
 */

/** A quotation: the text inside the marks, and where it sits in its unit. */
export interface Quotation {
  readonly text: string;
  /** Offset of the first character inside the opening mark. */
  readonly start: number;
  /** Offset just after the last character before the closing mark (or the end of the unit). */
  readonly end: number;
  /** False for a quotation left open at the end of its unit: it may go on in the next one. */
  readonly closed: boolean;
}

const OPENING_DOUBLE = new Set(['“', '«', '„']);
const CLOSING_DOUBLE = new Set(['”', '»', '“']);
const LETTER = /[\p{L}\p{N}]/u;
/** Every mark that may open or close a quotation (all in the Basic Multilingual Plane). */
const QUOTE_MARK = /["'‘’“”«»„]/u;

/** The quotations of a text, in order. A quotation left open runs to the end of the text. */
export function findQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  // Most sentences hold no quotation mark at all.
  if (!QUOTE_MARK.test(text)) return quotations;
  let open: { start: number; mark: string } | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (!QUOTE_MARK.test(character)) continue;
    const before = text[index - 1] ?? ' ';
    const after = text[index + 1] ?? ' ';
    if (open === undefined) {
      const opensDouble = OPENING_DOUBLE.has(character) || (character === '"' && !LETTER.test(before));
      // A single mark opens a quotation only before a letter (not "'90s") and when a closing
      // mark follows somewhere in the text; otherwise it is an apostrophe.
      // At the very start of a unit, a single mark before a letter opens a quotation even with no
      // closing mark: the quotation goes on in the next sentence ("'U.S. forces… network. ¶ We…'").
      const opensSingle =
        (character === '‘' || character === "'") &&
        !LETTER.test(before) &&
        /\p{L}/u.test(after) &&
        (hasClosingSingle(text, index + 1) || text.slice(0, index).trim() === '');
      if (opensDouble || opensSingle) open = { start: index + 1, mark: character };
      continue;
    }
    if (closes(open.mark, character, before, after)) {
      pushQuotation(quotations, text, open.start, index, true);
      open = undefined;
    }
  }
  if (open !== undefined) pushQuotation(quotations, text, open.start, text.length, false);
  return quotations;
}

/**
 * Where a quotation opened in an earlier unit closes in this one: the offset of a closing mark of
 * the quotation's kind (single or double) that comes before any opening mark ("…a really good
 * man.”" ending a quotation of several paragraphs), or -1 when the text holds no mark (a unit
 * wholly inside the quotation), or undefined when the first mark opens a quotation of its own.
 */
export function continuedQuotationEnd(text: string, single: boolean): number | undefined {
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    const before = text[index - 1] ?? ' ';
    const after = text[index + 1] ?? ' ';
    if (single && (character === '’' || character === "'") && before !== ' ' && !LETTER.test(after)) return index;
    if (character === '‘' || (single && character === "'" && !LETTER.test(before))) return undefined;
    if (character !== '"' && character !== '”' && character !== '“' && character !== '«' && character !== '»') continue;
    if (single) return undefined;
    const closing = character === '”' || character === '»' || (character === '"' && before !== ' ');
    return closing ? index : undefined;
  }
  return -1;
}

/** True when a single closing mark (’ or ') follows after a word and before a non-letter. */
function hasClosingSingle(text: string, from: number): boolean {
  for (let index = from; index < text.length; index += 1) {
    const character = text[index]!;
    if ((character === '’' || character === "'") && text[index - 1] !== ' ' && !LETTER.test(text[index + 1] ?? ' '))
      return true;
  }
  return false;
}

function closes(mark: string, character: string, before: string, after: string): boolean {
  if (mark === '‘' || mark === "'") {
    // A single mark closes after a word and before a non-letter: "…happening’" but not "Ukraine’s".
    return (character === '’' || character === "'") && !LETTER.test(after) && before !== ' ';
  }
  // Mixed typography is common in copy that went through several systems: a straight mark
  // opening and a curly one closing ("…doing,” Trump said), or the reverse.
  if (mark === '"') return character === '"' || character === '”';
  if (mark === '“') return character === '”' || (character === '"' && before !== ' ' && !LETTER.test(after));
  if (mark === '„') return character === '“' || character === '”';
  return CLOSING_DOUBLE.has(character) && character !== '“';
}

function pushQuotation(quotations: Quotation[], text: string, start: number, end: number, closed: boolean): void {
  const inner = text.slice(start, end);
  if (inner.trim() === '' || codeString(text, start, end)) return;
  quotations.push({ text: inner, start, end, closed });
}

/**
 * True for a string of a script that a saved page left in the text (`mboxCreate('ads-in-articles')`):
 * straight marks right inside the parentheses of a call (a name right before them) around one
 * hyphenated or underscored identifier are code, not anyone's words.
 */
function codeString(text: string, start: number, end: number): boolean {
  return (
    text[start - 2] === '(' &&
    /[\w.$]/u.test(text[start - 3] ?? '') &&
    text[end + 1] === ')' &&
    `'"`.includes(text[start - 1]!) &&
    /^\w+(?:[-_]\w+)+$/u.test(text.slice(start, end))
  );
}
