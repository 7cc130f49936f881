/**
 * npm run search-index [-- DIST]   (the last step of npm run build)
 *
 * Writes the Pagefind search index into DIST/pagefind (default dist/). Search finds stories, so
 * only each story's own page is indexed (its comparison, its overview of versions, or its one
 * version): the version pages and the comparisons of two other versions repeat the same text and
 * would list every story three or more times. Inside <main> (data-pagefind-body, in
 * src/layouts/BaseLayout.astro) what is not the story is left out: navigation, the reading guide
 * and controls, row labels ("reworded", "added") and the screen-reader labels of marks
 * ("(hedge)"), which would make every story match those words.
 */
import path from 'node:path';
import { close, createIndex } from 'pagefind';

const dist = path.resolve(process.argv[2] ?? 'dist');
const { index, errors } = await createIndex({
  excludeSelectors: ['nav', 'form', 'fieldset', '.reading-guide', '.change-navigator', '.row-label', '.row-side', '.sr-only'],
});
if (index === undefined) throw new Error(`search-index: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist, glob: 'stories/*/index.html' });
const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
await close();
const problems = [...added.errors, ...written.errors];
if (problems.length > 0) {
  console.error(`search-index: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`search-index: ${added.page_count} story pages indexed into ${path.relative(process.cwd(), written.outputPath) || '.'}.`);
