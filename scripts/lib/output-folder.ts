/**
 * Where ingest may write. Ingest rewrites and removes files in its output folder, so an output
 * folder that is, holds or sits inside a sources folder would put the user's own files in reach:
 * `--out content` (the `/articles` forgotten) once deleted every Markdown source under it.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { IngestError } from '../../src/ingest/index.ts';
import { displayPath } from './display-path.ts';

/**
 * Throws IngestError, naming both folders, when `out` equals, contains or lies inside one of
 * `sources`. Paths are compared after following symlinks, so a link cannot hide the overlap.
 */
export function checkOutputFolder(out: string, sources: readonly string[], root: string): void {
  const real = realPath(out);
  for (const source of sources) {
    const realSource = realPath(source);
    const relation =
      real === realSource
        ? 'is'
        : isInside(realSource, real)
          ? 'contains'
          : isInside(real, realSource)
            ? 'lies inside'
            : undefined;
    if (relation === undefined) continue;
    throw new IngestError({
      file: displayPath(out, root) || '.',
      problem: `the output folder ${relation} the sources folder ${displayPath(source, root) || '.'}; ingest replaces and removes the files it generates there, and would put the sources in reach.`,
      fix: 'give --out a folder of its own, e.g. content/articles (the default).',
    });
  }
}

/** True when `child` is strictly inside `parent` (both absolute and resolved). */
function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** The real path of `target`, or of its nearest existing ancestor joined with the rest. */
function realPath(target: string): string {
  const absolute = path.resolve(target);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = path.dirname(absolute);
  return parent === absolute ? absolute : path.join(realPath(parent), path.basename(absolute));
}
