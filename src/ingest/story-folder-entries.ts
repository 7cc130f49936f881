/**
 * Which entries of the content folder ingest reads: story folders, and the article files in them.
 * Hidden entries (a name starting with ".") are left out, as an editor's swap files and a system's
 * `.DS_Store` are not stories; `npm run add` refuses them by the same rule, so that a story it
 * accepts is one the build reads whole.
 */
import { ARTICLE_FILE } from './formats.ts';

/** Whether a name is hidden, as shells and file browsers treat it. */
export function isHiddenName(name: string): boolean {
  return name.startsWith('.');
}

/** Whether a folder of the sources is a story folder. */
export function isStoryFolderName(name: string): boolean {
  return !isHiddenName(name);
}

/** Whether a file of a story folder is one of its article versions. */
export function isArticleFileName(name: string): boolean {
  return ARTICLE_FILE.test(name) && !isHiddenName(name);
}
