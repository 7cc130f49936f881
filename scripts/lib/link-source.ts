/**
 * An article link given to `npm run add`, turned into an article file and where it came from:
 *   1. a web archive snapshot link is fetched in its `id_` form, the page as archived without the
 *      archive's toolbar (src/ingest/archive-snapshot.ts);
 *   2. the page is fetched (./fetch-page.ts) and named after its address (./fetched-file-name.ts);
 *   3. it is read as the build will read the saved file, and refused with the link's name if the
 *      build would refuse it or it holds no article (./fetched-article.ts);
 *   4. its origin is recorded for story.yaml: the link, the final address, the time, and for a
 *      snapshot the archived address and the time the archive saw it.
 * Nothing is written here: the caller saves every file only once every link has been read.
 */
import { archiveSnapshot, rawSnapshotLink, snapshotTime, WAYBACK_HOSTS } from '../../src/ingest/archive-snapshot.ts';
import type { FetchedOrigin } from '../../src/ingest/new-story.ts';
import { decodeText } from '../../src/ingest/source-text.ts';
import { declaredEncoding, sourceByteLimit } from '../../src/ingest/formats.ts';
import { checkFetchedArticle } from './fetched-article.ts';
import { fetchedFileName } from './fetched-file-name.ts';
import { fetchPage } from './fetch-page.ts';
import type { FetchOptions } from './fetch-page.ts';

/** Fetching options, and the hosts whose snapshot links are read as a web archive's. */
export interface LinkOptions extends FetchOptions {
  readonly archiveHosts?: readonly string[];
}

/** A fetched article file, ready to save, and what story.yaml records of it. */
export interface LinkSource {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly origin: FetchedOrigin;
  /** What the person should check, said once here rather than at every build. */
  readonly warnings: readonly string[];
}

/** True for an argument that is a web link rather than a file's path. */
export function isWebLink(argument: string): boolean {
  return /^https?:\/\//iu.test(argument);
}

/** Fetches and checks the article at `link`; its file name is not in `taken` (which it joins). */
export async function fetchLinkSource(link: string, taken: Set<string>, options: LinkOptions): Promise<LinkSource> {
  const hosts = options.archiveHosts ?? WAYBACK_HOSTS;
  const snapshot = archiveSnapshot(link, hosts);
  const page = await fetchPage(snapshot === undefined ? link : rawSnapshotLink(snapshot), options, link);
  // The archive redirects a snapshot link to the nearest capture, whose timestamp is exact.
  const captured = snapshot === undefined ? undefined : (archiveSnapshot(page.final, hosts) ?? snapshot);
  const name = fetchedFileName(captured?.archived ?? page.final, page.kind, new Set(taken));
  // The header's charset, which the saved page may not repeat in a <meta>: recorded, so that the
  // build reads the file as the browser did, without guessing again.
  const header = page.encoding.declaredBy === 'Content-Type header' ? page.encoding.encoding : undefined;
  const charset = header === 'utf-8' || header === 'windows-1252' ? header : undefined;
  checkFetchedArticle(link, name, page.bytes, charset);
  taken.add(name);

  const warnings: string[] = [];
  const declared = page.encoding.encoding;
  // Decoded as parseArticleSource decoded it (src/ingest/formats.ts), which has accepted it by now.
  const read = decodeText(
    page.bytes,
    link,
    sourceByteLimit(name),
    declaredEncoding({ name, bytes: page.bytes, charset }),
  ).encoding;
  if (declared !== undefined && declared !== read && page.bytes.some((byte) => byte > 0x7f)) {
    warnings.push(
      `${link}: the ${page.encoding.declaredBy === 'page' ? 'page' : page.encoding.declaredBy} says it is ${declared}, but it reads as ${read}, which is how the build will read the saved file; check its quotes and accented letters.`,
    );
  }
  return {
    name,
    bytes: page.bytes,
    origin: {
      archived: captured?.archived,
      retrieved: captured === undefined ? page.at : snapshotTime(captured.timestamp),
      fetched: { requested: link, final: page.final, at: page.at, ...(charset !== undefined && { charset }) },
    },
    warnings,
  };
}
