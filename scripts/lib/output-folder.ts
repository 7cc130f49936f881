/**
 * Where ingest may write. Ingest rewrites and removes files in its output folder, so an output
 * folder that is, holds or sits inside a sources folder would put the user's own files in reach:
 * `--out content` (the `/articles` forgotten) once deleted every Markdown source under it.
 */
import { IngestError } from '../../src/ingest/index.ts';
import { displayPath } from './display-path.ts';
import { folderRelation } from './folder-relation.ts';

/**
 * Throws IngestError, naming both folders, when `out` equals, contains or lies inside one of
 * `sources`. Paths are compared after following symlinks, so a link cannot hide the overlap.
 */
export function checkOutputFolder(out: string, sources: readonly string[], root: string): void {
  for (const source of sources) {
    const relation = folderRelation(out, source);
    if (relation === undefined) continue;
    throw new IngestError({
      file: displayPath(out, root) || '.',
      problem: `the output folder ${relation} the sources folder ${displayPath(source, root) || '.'}; ingest replaces and removes the files it generates there, and would put the sources in reach.`,
      fix: 'give --out a folder of its own, e.g. content/articles (the default).',
    });
  }
}
