/**
 * The response headers a static host that reads public/_headers (Netlify, Cloudflare Pages) adds
 * to a path: every rule whose pattern matches contributes its headers, and a header given by two
 * rules is sent twice (for a Content-Security-Policy: two policies, both enforced). For browser
 * tests that must see a page as such a host serves it, where `astro preview` sends none.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One rule of the file: a path pattern (`*` matches anything) and the headers it adds. */
interface HeaderRule {
  readonly pattern: RegExp;
  readonly headers: readonly (readonly [string, string])[];
}

/** The rules of a built site's `_headers`. */
export function hostHeaderRules(dist: string): HeaderRule[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(path.join(dist, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('/')) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/gu, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`, 'u'), headers: [] });
    } else if (/^\s+\S/u.test(line) && rules.length > 0) {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The headers the rules add to `pathname`, a header given twice joined as HTTP joins repeated fields. */
export function hostHeaders(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter(({ pattern }) => pattern.test(pathname))) {
    for (const [name, value] of rule.headers) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}
