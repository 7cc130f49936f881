/** The host a fetched version's label may fall back to: its address's host, without "www.". */

/** The host of an address ("www.reuters.com/x" -> "reuters.com"), or undefined for none or a bad one. */
export function versionHost(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./u, '') || undefined;
  } catch {
    return undefined;
  }
}
