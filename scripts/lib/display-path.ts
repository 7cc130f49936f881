/** How scripts show a path to people and write it into frontmatter. */
import path from 'node:path';

/** Paths in messages and frontmatter are relative to the project root, with forward slashes. */
export function displayPath(target: string, root: string): string {
  return path.relative(root, target).split(path.sep).join('/');
}
