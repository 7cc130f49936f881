/**
 * The character encoding a web page declares in its own markup: a `<meta charset>` or a
 * `<meta http-equiv="Content-Type" content="…; charset=…">` within its first 1024 bytes, where the
 * HTML standard's prescan looks. A page saved unchanged keeps this declaration, so the ingest can
 * read a page that says it is Windows-1252 as such, without guessing.
 */

/** How far into a page a `<meta>` declaration is looked for, as the HTML standard's prescan. */
const PRESCAN_BYTES = 1024;

/** The charset label a `<meta>` near the top of the page declares; undefined when none does. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/giu)) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(tag)?.[1];
    if (charset !== undefined) return charset;
  }
  return undefined;
}

/**
 * The WHATWG name of an encoding label ("latin1", "iso-8859-1" and "us-ascii" are all
 * "windows-1252", as browsers read them), or undefined for a label no browser knows.
 */
export function encodingNamed(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** True when the page's markup declares Windows-1252 (or a label browsers read as it). */
export function declaresWindows1252(bytes: Uint8Array): boolean {
  const label = metaCharset(bytes);
  return label !== undefined && encodingNamed(label) === 'windows-1252';
}
