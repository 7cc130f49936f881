/**
 * How two folders on disk relate, after following symlinks, so that a link cannot hide that a
 * build's output and a folder of the user's are one: the same, one inside the other, or apart.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** The real path of `target`, or of its nearest existing ancestor joined with the rest. */
export function realPath(target: string): string {
  const absolute = path.resolve(target);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = path.dirname(absolute);
  return parent === absolute ? absolute : path.join(realPath(parent), path.basename(absolute));
}

/** Whether `folder` is, contains or lies inside `other`, in words for a message; undefined if apart. */
export function folderRelation(folder: string, other: string): 'is' | 'contains' | 'lies inside' | undefined {
  const real = realPath(folder);
  const realOther = realPath(other);
  if (real === realOther) return 'is';
  if (isInside(realOther, real)) return 'contains';
  if (isInside(real, realOther)) return 'lies inside';
  return undefined;
}

/** True when `child` is strictly inside `parent` (both absolute and resolved). */
function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
