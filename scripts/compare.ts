/**
 * npm run compare -- LEFT RIGHT [--json] [--units lines]
 *
 * Compares two article files and prints the report: readable text (in colour on a terminal unless
 * NO_COLOR is set), or the report JSON with --json. Files are plain-text articles (read by the same
 * ingest code as the site) or Markdown files from content/articles/. With --units lines, every
 * non-empty line is one unit, for text that is already segmented.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ComparableDocument } from '../src/analysis/index.ts';
import { compareDocuments, compareUnits, lineUnits } from '../src/analysis/index.ts';
import { renderReport } from '../src/cli/render-report.ts';
import { comparableDocument, IngestError, parsePlainTextArticle } from '../src/ingest/index.ts';
import { readMarkdownArticle } from '../src/ingest/markdown-article.ts';
import { decodeText } from '../src/ingest/source-text.ts';

const usage = 'usage: npm run compare -- LEFT RIGHT [--json] [--units lines]';
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
const [leftPath, rightPath] = positionals as [string, string];

try {
  const report =
    values.units === 'lines'
      ? compareUnits(lineUnits(readText(leftPath).split(/\r\n|\r|\n/)), lineUnits(readText(rightPath).split(/\r\n|\r|\n/)))
      : compareDocuments(readDocument(leftPath), readDocument(rightPath));
  const color = !values.json && process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined;
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report, { color }));
} catch (error) {
  if (error instanceof IngestError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new IngestError({ file: path, problem: `cannot read the file (${(error as NodeJS.ErrnoException).code}).`, fix: 'check the path.' });
  }
  const decoded = decodeText(bytes, path);
  if (decoded.warning !== undefined) console.error(`warning: ${decoded.warning}`);
  return decoded.text;
}

function readDocument(path: string): ComparableDocument {
  const text = readText(path);
  return /\.(md|markdown)$/i.test(path) ? readMarkdownArticle(text, path) : comparableDocument(parsePlainTextArticle(text, path).document);
}
