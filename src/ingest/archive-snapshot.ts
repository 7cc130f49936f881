/**
 * Web archive snapshot links: https://web.archive.org/web/<timestamp>/<url>, where the timestamp is
 * up to 14 digits (YYYYMMDDhhmmss, UTC; the archive redirects a shorter one to the nearest
 * snapshot) and may carry a mode such as `id_` (the page as archived, without the archive's
 * toolbar or rewritten links) or `if_` (the page as shown in a frame). A snapshot is of another
 * page: its address is the archived URL, and its time is when the archive saw that page.
 */

/** The Internet Archive's Wayback Machine, the archive whose links people paste. */
export const WAYBACK_HOSTS: readonly string[] = ['web.archive.org'];

/** What a snapshot link says. */
export interface ArchiveSnapshot {
  /** The archive's origin, https://web.archive.org. */
  readonly archive: string;
  /** The timestamp as written, 1 to 14 digits. */
  readonly timestamp: string;
  /** The address of the page the archive saw, http(s), without a fragment. */
  readonly archived: string;
}

const SNAPSHOT_PATH = /^\/web\/(\d{1,14})(?:[a-z]{2}_)?\/(.+)$/su;

/**
 * The snapshot a link points to, or undefined when it is not a snapshot link of one of `hosts`
 * (tests name their own server). The archived URL keeps its own query; one written without a
 * scheme (web.archive.org/web/2024/example.com/a) is http, as the archive reads it.
 */
export function archiveSnapshot(link: string, hosts: readonly string[] = WAYBACK_HOSTS): ArchiveSnapshot | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !hosts.includes(url.host)) return undefined;
  // The archived URL's "//" survives in the pathname; its query is the link's query.
  const match = SNAPSHOT_PATH.exec(url.pathname + url.search);
  if (match === null) return undefined;
  const [, timestamp = '', rest = ''] = match;
  // The archive takes an address with one slash after the scheme (a collapsed "//"), or none at all.
  if (/^[a-z][a-z\d+.-]*:\/\/?/iu.test(rest) && !/^https?:/iu.test(rest)) return undefined;
  const written = /^https?:\/\//iu.test(rest)
    ? rest
    : /^https?:\//iu.test(rest)
      ? rest.replace(/:\//u, '://')
      : `http://${rest}`;
  let archived: URL;
  try {
    archived = new URL(written);
  } catch {
    return undefined;
  }
  if (archived.protocol !== 'https:' && archived.protocol !== 'http:') return undefined;
  archived.hash = '';
  return { archive: url.origin, timestamp, archived: archived.href };
}

/** The link that fetches the page as archived, without the archive's toolbar: the `id_` mode. */
export function rawSnapshotLink(snapshot: ArchiveSnapshot): string {
  return `${snapshot.archive}/web/${snapshot.timestamp}id_/${snapshot.archived}`;
}

/**
 * A full 14-digit timestamp as an ISO date and time in UTC ("2024-01-05T12:34:56Z"); undefined for
 * a shorter one, which names no moment, or one no calendar holds.
 */
export function snapshotTime(timestamp: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/u.exec(timestamp);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}Z`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) || date.toISOString().replace('.000', '') !== iso ? undefined : iso;
}
