/**
 * Which file an entry of a story folder really is, before anything reads it. A symlink is followed
 * only while it stays inside the sources folder: a link such as `c.txt -> /etc/passwd`, added by a
 * pull request, would otherwise publish a file of the machine that builds the site. A symlink loop
 * or a dangling link is refused as a problem of its story, so that `--skip-broken` can leave that
 * story out. What the entry is (a file, not a folder, a pipe or a device) and its size are checked
 * where it is read, ./read-source-file.ts, on the descriptor that reads it.
 */
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { IngestError } from '../../src/ingest/index.ts';
import { displayPath } from './display-path.ts';

/**
 * The real path of the entry `name` in the story folder `dir`; throws IngestError when it is a
 * symlink that leads outside `boundary` (the sources folder), loops or leads nowhere.
 */
export function sourceEntryPath(dir: string, name: string, boundary: string, root: string): string {
  const entry = path.join(dir, name);
  const file = displayPath(entry, root);
  const link = lstatSync(entry).isSymbolicLink() ? readlinkSync(entry) : undefined;
  let real: string;
  try {
    real = realpathSync(entry);
  } catch (error) {
    if (link === undefined) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new IngestError({
      file,
      problem:
        code === 'ELOOP'
          ? `the file is a symlink to "${link}" that loops back on itself, so it leads to no file.`
          : `the file is a symlink to "${link}", which does not exist.`,
      fix: 'replace the link with the file itself.',
    });
  }
  if (link !== undefined && !isWithin(real, realpathSync(boundary))) {
    throw new IngestError({
      file,
      problem: `the file is a symlink to "${link}" (${real}), outside the sources folder ${displayPath(boundary, root) || '.'}; ingest reads only files inside it, so as never to publish a file that is not part of the story.`,
      fix: 'copy the file into the story folder instead of linking to it.',
    });
  }
  return real;
}

/** True when `target` is `folder` or inside it (both real, absolute paths). */
function isWithin(target: string, folder: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
