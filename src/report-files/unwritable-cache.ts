/**
 * What a build says when the analysis cache cannot be written: which folder, why in words (not only
 * the file system's code), and what to do. The build goes on without the cache, computing each
 * report it needs, so this is a warning, said once, and not an error.
 */

/** The warning for a cache folder `dir` that could not be written, given the file system's error. */
export function unwritableCacheWarning(dir: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'EEXIST' || code === 'ENOTDIR'
      ? 'a file is where the folder (or a folder above it) should be'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'the folder is read-only'
        : code === 'ENOSPC'
          ? 'the disk is full'
          : `the file system refused (${code ?? (error as Error | undefined)?.message ?? String(error)})`;
  return (
    `warning: ${dir}: the analysis cache cannot be written: ${why}. This build computes every report without keeping it, which is slower.\n` +
    `  Fix: make ${dir} a folder this user can write (move away a file of that name), or delete it: the cache is safe to delete.`
  );
}
