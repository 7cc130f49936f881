/**
 * compareDocuments: the whole analysis, two documents in, one serialisable report out.
 * units -> alignment -> word diff per group -> operations and statistics.
 */
import type { AlignOptions } from './align/align-options.ts';
import { DEFAULT_ALIGN_OPTIONS } from './align/align-options.ts';
import { alignUnits } from './align/align-units.ts';
import type { Finding } from './emphasis/index.ts';
import { findEmphasis } from './emphasis/index.ts';
import type { Report, ReportFinding, ReportGroup, SideStats } from './report/report-schema.ts';
import { REPORT_VERSION } from './report/report-schema.ts';
import type { ComparableDocument, Credits, Unit } from './units/units.ts';
import { documentUnits } from './units/units.ts';
import type { GroupDiff, WordCounts } from './diff/word-diff.ts';
import { diffGroup } from './diff/word-diff.ts';
import { tokenize } from './units/tokenize.ts';

/** Compares an original with a rewrite. */
export function compareDocuments(
  original: ComparableDocument,
  rewrite: ComparableDocument,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): Report {
  return compareUnits(documentUnits(original), documentUnits(rewrite), options, { a: original.credits ?? {}, b: rewrite.credits ?? {} });
}

/** What a comparison knows of each version besides its units. */
export interface VersionCredits {
  readonly a: Credits;
  readonly b: Credits;
}

/** Compares two unit sequences (for pre-segmented text, see `lineUnits`). */
export function compareUnits(
  a: readonly Unit[],
  b: readonly Unit[],
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
  credits: VersionCredits = { a: {}, b: {} },
): Report {
  const unitsA = new Map(a.map((unit) => [unit.id, unit]));
  const unitsB = new Map(b.map((unit) => [unit.id, unit]));
  const alignment = alignUnits(a, b, options);

  const ordered = [...alignment.groups].sort((x, y) => order(x.a[0], unitsA) - order(y.a[0], unitsA));
  const words = { a: { same: 0, changed: 0 }, b: { same: 0, changed: 0 } };
  const groups: ReportGroup[] = ordered.map((group, index) => {
    const diff = diffGroup(
      group.a.map((id) => ({ id, text: unitsA.get(id)!.text })),
      group.b.map((id) => ({ id, text: unitsB.get(id)!.text })),
    );
    for (const side of ['a', 'b'] as const) {
      words[side].same += diff.words[side].same;
      words[side].changed += diff.words[side].changed;
    }
    const changed = [...diff.a, ...diff.b].some((unit) => unit.segments.some((segment) => segment.op !== 'same'));
    const op: ReportGroup['op'] = group.moved
      ? 'moved'
      : group.a.length > 1
        ? 'merged'
        : group.b.length > 1
          ? 'split'
          : changed
            ? 'edited'
            : 'unchanged';
    const copy = (units: GroupDiff['a']) => units.map(({ unit, segments }) => ({ unit, segments: segments.map((segment) => ({ ...segment })) }));
    return {
      id: `g${index}`,
      op,
      changed,
      a: [...group.a],
      b: [...group.b],
      similarity: round(group.similarity),
      diff: { a: copy(diff.a), b: copy(diff.b) },
    };
  });

  const alignedA = new Set(groups.flatMap((group) => group.a));
  const alignedB = new Set(groups.flatMap((group) => group.b));
  const dropped = a.filter((unit) => !alignedA.has(unit.id)).map((unit) => unit.id);
  const added = b.filter((unit) => !alignedB.has(unit.id)).map((unit) => unit.id);

  const statsA = sideStats(a, words.a, dropped);
  const statsB = sideStats(b, words.b, added);
  const operations = { unchanged: 0, edited: 0, split: 0, merged: 0, moved: 0, dropped: dropped.length, added: added.length };
  for (const group of groups) operations[group.op] += 1;

  const findings = findEmphasis({ a: { units: a, credits: credits.a }, b: { units: b, credits: credits.b }, groups, dropped, added });

  return {
    version: REPORT_VERSION,
    a: { units: a.map(plainUnit) },
    b: { units: b.map(plainUnit) },
    groups,
    dropped,
    added,
    findings: findings.map(plainFinding),
    stats: { a: statsA, b: statsB, operations, similarity: overallSimilarity(groups, a, b) },
  };
}

/** A finding as the report stores it: optional fields present only when set. */
function plainFinding(finding: Finding): ReportFinding {
  const { group, ...rest } = finding;
  return {
    ...rest,
    a: { units: [...rest.a.units], excerpt: rest.a.excerpt },
    b: { units: [...rest.b.units], excerpt: rest.b.excerpt },
    marks: rest.marks.map((mark) => ({ ...mark })),
    ...(group === undefined ? {} : { group }),
  };
}

function order(id: string | undefined, units: ReadonlyMap<string, Unit>): number {
  return id === undefined ? -1 : (units.get(id)?.order ?? -1);
}

/** A unit as the report stores it (a copy, so the report shares nothing with its inputs). */
function plainUnit(unit: Unit): Unit {
  return { id: unit.id, kind: unit.kind, text: unit.text, after: unit.after, block: unit.block, order: unit.order };
}

/** Words in a unit's text (tokenize memoises the tokens of recent texts). */
function wordCount(text: string): number {
  return tokenize(text).filter((token) => token.kind === 'word').length;
}

function sideStats(units: readonly Unit[], aligned: WordCounts, unaligned: readonly string[]): SideStats {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const unalignedWords = unaligned.reduce((sum, id) => sum + wordCount(byId.get(id)?.text ?? ''), 0);
  const { same, changed } = aligned;
  return { units: units.length, words: same + changed + unalignedWords, same, changed, unaligned: unalignedWords };
}

/** Group similarities weighted by the words they hold; words in unaligned units count as 0. */
function overallSimilarity(groups: readonly ReportGroup[], a: readonly Unit[], b: readonly Unit[]): number {
  const wordsOf = (units: readonly Unit[]) => new Map(units.map((unit) => [unit.id, wordCount(unit.text)]));
  const wordsA = wordsOf(a);
  const wordsB = wordsOf(b);
  let total = 0;
  for (const count of wordsA.values()) total += count;
  for (const count of wordsB.values()) total += count;
  if (total === 0) {
    // No words on either side: identical when every unit (if any) is in an unchanged group.
    const placed = groups.reduce((sum, group) => sum + group.a.length + group.b.length, 0);
    return placed === a.length + b.length && groups.every((group) => group.op === 'unchanged') ? 1 : 0;
  }
  let weighted = 0;
  for (const group of groups) {
    const size = group.a.reduce((sum, id) => sum + (wordsA.get(id) ?? 0), 0) + group.b.reduce((sum, id) => sum + (wordsB.get(id) ?? 0), 0);
    weighted += group.similarity * size;
  }
  return round(weighted / total);
}

/** Three decimals: enough to read, and stable across machines in JSON. */
function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}
