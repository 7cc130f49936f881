/**
 * What a build says when a cache (of reports, or of share cards) cannot be written: which folder,
 * why in words (not only the file system's code), and what to do. The build goes on without the
 * cache, computing or drawing what it needs, so this is a warning, said once, and not an error.
 */

/** What each cache keeps, and what a build does without it. */
const CACHES = {
  reports: { name: 'the analysis cache', without: 'computes every report without keeping it' },
  cards: { name: 'the share-card cache', without: 'draws every share card without keeping it' },
} as const;

/**
 * The warning for a cache folder `dir` that could not be written, given the file system's error
 * and which cache it is (the analysis's reports, or the share cards).
 */
export function unwritableCacheWarning(dir: string, error: unknown, cache: keyof typeof CACHES = 'reports'): string {
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
    `warning: ${dir}: ${CACHES[cache].name} cannot be written: ${why}. This build ${CACHES[cache].without}, which is slower.\n` +
    `  Fix: make ${dir} a folder this user can write (move away a file of that name), or delete it: the cache is safe to delete.`
  );
}
