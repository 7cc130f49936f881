/**
 * npm run compare -- ORIGINAL REWRITE [--json] [--units lines]
 *
 * Compares two article files, the original first, and prints the report: readable text (in
 * colour on a terminal unless NO_COLOR is set), or the report JSON with --json. Files are article
 * files in any format ingest reads (plain text, Markdown with frontmatter, a saved web page; read
 * by the same code as the site) or the generated Markdown files of content/articles/. With
 * --units lines, every non-empty line is one unit, for text that is already segmented.
 * Nothing from an article reaches the terminal as a control character: in the text, the JSON and
 * the messages on standard error alike, each is shown as a visible escape such as `\x1b`.
 */
import { parseArgs } from 'node:util';
import { compareDocuments, compareUnits, lineUnits } from '../src/analysis/index.ts';
import { ArticleFileError } from '../src/article-file/index.ts';
import { renderReport } from '../src/cli/render-report.ts';
import { terminalJson } from '../src/cli/visible-controls.ts';
import { visibleError, visibleLines } from '../src/cli/visible-error.ts';
import { IngestError } from '../src/ingest/index.ts';
import { readComparedDocument, readComparedText } from './lib/compared-file.ts';

const usage = 'usage: npm run compare -- ORIGINAL REWRITE [--json] [--units lines]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, units: { type: 'string', default: 'document' } },
  });
} catch (error) {
  console.error(`${visibleLines((error as Error).message)}\n${usage}`);
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
      ? compareUnits(
          lineUnits(readComparedText(fromPath).split(/\r\n|\r|\n/)),
          lineUnits(readComparedText(toPath).split(/\r\n|\r|\n/)),
        )
      : compareDocuments(readComparedDocument(fromPath), readComparedDocument(toPath));
  const color = !values.json && process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined;
  process.stdout.write(values.json ? `${terminalJson(report)}\n` : renderReport(report, { color }));
} catch (error) {
  if (error instanceof IngestError || error instanceof ArticleFileError) {
    console.error(visibleError(error));
    process.exit(1);
  }
  // A crash still reports its stack, but not an article's escape sequences with it.
  console.error(visibleLines(error instanceof Error ? (error.stack ?? error.message) : String(error)));
  process.exit(1);
}
