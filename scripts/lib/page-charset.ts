/**
 * The character encoding a fetched page declares, found as a browser finds it: a byte-order mark,
 * else the charset of the Content-Type header, else a `<meta charset>` or `<meta http-equiv>` in
 * the page's first 1024 bytes (the HTML standard's prescan, src/ingest/html-charset.ts), else
 * nothing said. Labels are read by the platform's own TextDecoder, so "latin1", "iso-8859-1" and
 * "us-ascii" are all Windows-1252, as browsers read them.
 */
import { encodingNamed, metaCharset } from '../../src/ingest/html-charset.ts';
import { IngestError } from '../../src/ingest/index.ts';

/** The encodings the ingest reads (src/ingest/source-text.ts); a page in another is refused. */
const READABLE = new Set(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be']);

/** What the page says its encoding is, and where it says so. */
export interface DeclaredEncoding {
  /** The encoding's WHATWG name ("utf-8", "windows-1252"), or undefined when nothing says. */
  readonly encoding: string | undefined;
  /** The label as the page or header wrote it. */
  readonly label: string | undefined;
  readonly declaredBy: 'byte-order mark' | 'Content-Type header' | 'page' | undefined;
}

/** The charset parameter of a Content-Type header value, unquoted; undefined when it has none. */
export function headerCharset(contentType: string): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/iu.exec(contentType);
  const value = match?.[1] ?? match?.[2];
  return value === undefined || value === '' ? undefined : value;
}

/** The encoding a page declares; `contentType` is its Content-Type header, `html` whether it is a web page. */
export function declaredEncoding(bytes: Uint8Array, contentType: string, html: boolean): DeclaredEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', label: 'UTF-8', declaredBy: 'byte-order mark' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: 'utf-16le', label: 'UTF-16LE', declaredBy: 'byte-order mark' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: 'utf-16be', label: 'UTF-16BE', declaredBy: 'byte-order mark' };
  const header = headerCharset(contentType);
  if (header !== undefined)
    return { encoding: encodingNamed(header), label: header, declaredBy: 'Content-Type header' };
  const meta = html ? metaCharset(bytes) : undefined;
  if (meta === undefined) return { encoding: undefined, label: undefined, declaredBy: undefined };
  // The standard reads a page that says it is UTF-16 in its own (ASCII) bytes as UTF-8.
  const encoding = encodingNamed(meta);
  return { encoding: encoding?.startsWith('utf-16') === true ? 'utf-8' : encoding, label: meta, declaredBy: 'page' };
}

/**
 * Refuses a page declared in an encoding the ingest does not read (Shift_JIS, ISO-8859-5, …) or
 * under a name no browser knows, before it is read as something it is not.
 */
export function checkReadableEncoding(declared: DeclaredEncoding, link: string): void {
  if (declared.declaredBy === undefined || (declared.encoding !== undefined && READABLE.has(declared.encoding))) return;
  const said = `the page's ${declared.declaredBy === 'page' ? '<meta> tag' : declared.declaredBy}`;
  throw new IngestError({
    file: link,
    problem:
      declared.encoding === undefined
        ? `${said} gives its character encoding as "${declared.label}", which is no encoding a browser knows.`
        : `${said} says it is ${declared.encoding} text; Reworded reads UTF-8 and Windows-1252 (Western) pages only.`,
    fix: "open the link in your browser, copy the article's text into a .txt file saved as UTF-8, and pass that file instead of the link.",
  });
}
