/**
 * npm run compare -- ORIGINAL REWRITE [--json] [--units lines]
 *
 * Compares two article files, the original first, and prints the report: readable text (in
 * colour on a terminal unless NO_COLOR is set), or the report JSON with --json. Files are article
 * files in any format ingest reads (plain text, Markdown with frontmatter, a saved web page; read
 * by the same code as the site) or the generated Markdown files of content/articles/. With
 * --units lines, every non-empty line is one unit, for text that is already segmented.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ComparableDocument } from '../src/analysis/index.ts';
import { compareDocuments, compareUnits, lineUnits } from '../src/analysis/index.ts';
import {
  ArticleFileError,
  comparableArticle,
  isGeneratedArticle,
  readComparedArticle,
} from '../src/article-file/index.ts';
import { renderReport } from '../src/cli/render-report.ts';
import { comparableDocument, IngestError } from '../src/ingest/index.ts';
import { parseArticleSource, sourceFormat } from '../src/ingest/formats.ts';
import { decodeText } from '../src/ingest/source-text.ts';

const usage = 'usage: npm run compare -- ORIGINAL REWRITE [--json] [--units lines]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, units: { type: 'string', default: 'document' } },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length !== 2 || !['document', 'lines'].includes(values.units)) {
  console.error(usage);
  process.exit(2);
}
const [fromPath, toPath] = positionals as [string, string];

try {
  const report =
    values.units === 'lines'
      ? compareUnits(lineUnits(readText(fromPath).split(/\r\n|\r|\n/)), lineUnits(readText(toPath).split(/\r\n|\r|\n/)))
      : compareDocuments(readDocument(fromPath), readDocument(toPath));
  const color = !values.json && process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined;
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report, { color }));
} catch (error) {
  if (error instanceof IngestError || error instanceof ArticleFileError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new IngestError({
      file: path,
      problem: `cannot read the file (${(error as NodeJS.ErrnoException).code}).`,
      fix: 'check the path.',
    });
  }
}

function readText(path: string): string {
  const decoded = decodeText(readBytes(path), path);
  if (decoded.warning !== undefined) console.error(`warning: ${decoded.warning}`);
  return decoded.text;
}

/**
 * Markdown that ingest generated (it says so in its first lines), else an article file in the
 * format its extension names; any other extension is read as plain text.
 */
function readDocument(path: string): ComparableDocument {
  if (sourceFormat(path) === 'markdown') {
    const text = readText(path);
    if (isGeneratedArticle(text)) {
      const { frontmatter, body } = readComparedArticle(text, path);
      return comparableArticle(frontmatter, body);
    }
  }
  const name = sourceFormat(path) === undefined ? `${path}.txt` : path;
  const article = parseArticleSource({ name, path, bytes: readBytes(path) });
  for (const warning of article.warnings) console.error(`warning: ${warning}`);
  return comparableDocument(article.document);
}
