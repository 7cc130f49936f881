/**
 * Reading an article file of any format, given the reader of its format: every format's bytes are
 * decoded alike (source-text.ts), so an encoding is accepted or refused the same way whatever the
 * format, and every article read is held to the same limits. formats.ts gives it every format's
 * reader at once; the browser's comparison page loads a format's reader when a file of it comes.
 */
import type { SourceFormat } from '../article-file/index.ts';
import { checkArticleTextSize } from './article-text-size.ts';
import { refuseBinaryDocument } from './binary-file.ts';
import { checkListItems } from './document-list-limit.ts';
import { IngestError } from './errors.ts';
import { declaresWindows1252 } from './html-charset.ts';
import { checkSentenceCount } from './sentence-limit.ts';
import type { SourceArticle } from './source-article.ts';
import { sourceByteLimit, sourceFormat } from './source-format.ts';
import { decodeText } from './source-text.ts';
import type { DeclaredCharset } from './source-text.ts';
import { guardStack } from './stack-guard.ts';

/** An article file to read: its name (for the format), its path (for messages) and its bytes. */
export interface ArticleFile {
  readonly name: string;
  readonly path: string;
  readonly bytes: Uint8Array;
  /** The charset the web server sent with the file, when `add` fetched it (story.yaml's `fetched.charset`). */
  readonly charset?: 'utf-8' | 'windows-1252' | undefined;
}

/** One format's reader: the decoded text in, the article out; `path` names the file in messages. */
export type FormatReader = (text: string, path: string) => SourceArticle;

/**
 * The encoding said of a file, which decoding then takes without a guess: the charset its web
 * server sent (recorded in story.yaml), else, for a web page, a `<meta charset>` saying
 * Windows-1252; no other format says anything of itself.
 */
export function declaredEncoding(file: Pick<ArticleFile, 'name' | 'bytes' | 'charset'>): DeclaredCharset | undefined {
  if (file.charset !== undefined) return { encoding: file.charset, by: 'header' };
  return sourceFormat(file.name) === 'html' && declaresWindows1252(file.bytes)
    ? { encoding: 'windows-1252', by: 'page' }
    : undefined;
}

/**
 * Reads an article file with the reader `readers` has for the format its extension names; throws
 * IngestError naming the file.
 */
export function readArticleSource(
  file: ArticleFile,
  readers: Readonly<Partial<Record<SourceFormat, FormatReader>>>,
): SourceArticle {
  const format = sourceFormat(file.name);
  if (format === undefined) {
    // A PDF is the likely one (`add` given report.pdf): said by name, rather than by its extension.
    refuseBinaryDocument(file.bytes, file.path);
    throw new IngestError({
      file: file.path,
      problem:
        'Reworded reads article files ending in .txt, .md, .markdown, .html or .htm, and this one is none of them.',
      fix: 'save the article as text, Markdown or HTML; if the file already is one, rename it with that ending.',
    });
  }
  const reader = readers[format];
  if (reader === undefined) throw new Error(`No reader of the ${format} format was given for ${file.path}.`);
  const decoded = decodeText(file.bytes, file.path, sourceByteLimit(file.name), declaredEncoding(file));
  const parsed = guardStack(file.path, () => reader(decoded.text, file.path));
  // A page's file may be five times the limit; what it holds of article may not.
  if (format === 'html') checkArticleTextSize(parsed.document, file.path);
  // List items first: an article of too many is refused with the more telling of the two counts.
  checkListItems(parsed.document, file.path);
  checkSentenceCount(parsed.document, file.path);
  return decoded.warning === undefined ? parsed : { ...parsed, warnings: [decoded.warning, ...parsed.warnings] };
}
