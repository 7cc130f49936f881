/**
 * An element's text as a browser shows it. textContent is not that: it drops the quotation marks
 * a browser draws around <q>, and reads 10<sup>6</sup> as "106", a different figure. Here white
 * space is collapsed, <br> is a space, <q> gets its marks, and digits in <sup>/<sub> become
 * Unicode superscript and subscript digits; markup never survives, so text stays text.
 */

/** Elements that run inside a line; any other element starts a new one. */
export const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);
/** Elements that show no text. */
export const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'svg', 'canvas', 'iframe', 'object', 'embed', 'map']);

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
};
const SUBSCRIPT: Readonly<Record<string, string>> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '−': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
};

/** An element's text as a browser shows it, white space collapsed. */
export function shownText(element: Element | null): string {
  return element === null ? '' : collapse([...element.childNodes].map(rawText).join(''));
}

/**
 * A node's text before white space is collapsed (collapsing must see the whole run: "a <b>b </b>c"
 * reads "a b c"). Comments are not text; a block inside a paragraph-like element ends a line.
 */
export function rawText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const tag = element.localName.toLowerCase();
  if (tag === 'br') return ' ';
  if (MEDIA.has(tag)) return '';
  const inner = [...element.childNodes].map(rawText).join('');
  // As browsers quote in English: double marks, single ones for a quotation inside a quotation.
  if (tag === 'q') return (element.parentElement?.closest('q') ?? null) === null ? `“${inner}”` : `‘${inner}’`;
  if (tag === 'sup') return shifted(inner, SUPERSCRIPT);
  if (tag === 'sub') return shifted(inner, SUBSCRIPT);
  return INLINE.has(tag) ? inner : ` ${inner} `;
}

/**
 * Digits raised or lowered: "6" in 10<sup>6</sup> -> "⁶". Signs and brackets go too when the
 * whole is a number ("-3" -> "⁻³"); other text stays as written ("st" in 21<sup>st</sup>).
 */
function shifted(text: string, table: Readonly<Record<string, string>>): string {
  const chars = [...text];
  const number = chars.every((char) => table[char] !== undefined || char.trim() === '');
  return chars.map((char) => (number || /\d/u.test(char) ? (table[char] ?? char) : char)).join('');
}

/** HTML white space (not the no-break space, which is text) collapsed, as a browser shows it. */
export function collapse(value: string): string {
  return value.replace(/[ \t\n\f\r]+/gu, ' ').trim();
}
