/**
 * npm run search-index [-- DIST]   (the last step of npm run build)
 *
 * Writes the Pagefind search index into DIST/pagefind (default dist/). Search finds stories, and
 * each story's text once: the pages whose <main> carries data-pagefind-body (BaseLayout's
 * `searchable`) are the story page of a story of one or two versions (it shows their text), and
 * the version pages of a story of three or more (its page is the overview, which shows only the
 * original's sentences); Pagefind leaves out every page without it. Inside <main> what is not the
 * story is left out: navigation, the reading guide
 * and controls, row labels ("reworded", "added") and the screen-reader labels of marks
 * ("(hedge)"), which would make every story match those words.
 */
import path from 'node:path';
import { close, createIndex } from 'pagefind';

const dist = path.resolve(process.argv[2] ?? 'dist');
const { index, errors } = await createIndex({
  excludeSelectors: [
    'nav',
    'form',
    'fieldset',
    '.reading-guide',
    '.change-navigator',
    '.row-label',
    '.row-side',
    '.sr-only',
  ],
});
if (index === undefined) throw new Error(`search-index: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist, glob: 'stories/**/index.html' });
const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
await close();
const problems = [...added.errors, ...written.errors];
if (problems.length > 0) {
  console.error(`search-index: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(
  `search-index: ${added.page_count} story pages read, the searchable ones indexed into ${path.relative(process.cwd(), written.outputPath) || '.'}.`,
);
