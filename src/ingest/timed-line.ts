/**
 * A paragraph holding a <time> element at the top of a web page's body: a dateline in whatever words
 * the page uses ("November 24, 2025 9:12 AM GMT+1 Updated 5 hours ago"), or a sentence that happens
 * to mark up a date ("The council will now vote on <time>May 1</time>, the mayor said."). Only the
 * first is metadata: a line is a dateline when, beside its <time> texts, it holds nothing but date
 * labels, relative times, separators and a byline.
 */
import { bylineName } from './byline.ts';

/** A line read as a dateline, with the byline it carried ("<time>…</time> | By Jane Doe"). */
export interface TimedDateline {
  readonly byline: string | undefined;
}

/** Words that label a date or join it to a time: "Published", "Last updated on", "at". */
const LABELS = /\b(?:first|last|published|updated|modified|posted|edited|on|at)\b/giu;
/** Times relative to the reader's visit, which pages print beside the date ("Updated 5 hours ago"). */
const RELATIVE =
  /\b(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|\b(?:just now|today|yesterday)\b/giu;
/** What separates the parts of a header line. */
const SEPARATORS = /[|·•,:/()–—-]+/gu;

/** The line as a dateline, or undefined when it says more than a date (and perhaps a byline). */
export function timedDateline(line: string, timeTexts: readonly string[]): TimedDateline | undefined {
  let rest = line;
  for (const time of timeTexts) rest = rest.replace(time, ' ');
  if (rest === line) return undefined; // The <time> texts are not in the line as shown.
  // "… | By Jane Doe": the byline is the rest of the part it starts.
  const byPart = /(?:^|[|·•,]\s*)((?:written\s+)?by\b[^|·•]*)$/iu.exec(rest);
  const byline =
    byPart?.[1] === undefined ? undefined : bylineName(byPart[1].trim()) === undefined ? undefined : byPart[1].trim();
  if (byline !== undefined && byPart !== null) rest = rest.slice(0, byPart.index);
  const left = rest.replace(RELATIVE, ' ').replace(LABELS, ' ').replace(SEPARATORS, ' ').trim();
  return left === '' ? { byline } : undefined;
}
