/**
 * The sourcing in one sentence: whether the rewrite keeps the agency credit and the byline, and
 * which of the original's named sources it keeps or drops (and which it adds). An aggregator that
 * keeps the text but drops the credit, or a rewrite that drops the other side's spokesman, changes
 * whom the reader can hold to account; this is where the summary says so.
 */
import { foldCase } from '../units/normalize.ts';
import type { Credits } from '../units/units.ts';
import type { EmphasisContext } from '../emphasis/context.ts';
import { creditedAgencies } from '../emphasis/detectors/credit-findings.ts';
import type { Report, ReportSummary } from '../report/report-schema.ts';
import { namedSources, sourcesKept } from './named-sources.ts';
import { joined, someOf } from './words.ts';

/** The credits and sources compared, and the sentence that says what changed (none when neither names any). */
export function sourcingSummary(
  context: EmphasisContext,
  findings: Report['findings'],
): { readonly sourcing: ReportSummary['sourcing']; readonly sentence: string | undefined } {
  const agencies = agencyFates(context);
  const byline = bylineFate(context.input.from.credits, context.input.to.credits);
  const original = sourcesKept(context, namedSources(context, 'from'), 'to');
  const added = sourcesKept(context, namedSources(context, 'to'), 'from').gone;
  const sourcing = {
    agencies,
    byline,
    sources: { kept: original.kept, dropped: original.gone, added },
  };
  const clauses = [
    creditClause(agencies, byline, context.input.from.credits, context.input.to.credits),
    sourcesClause(sourcing.sources),
    attributionClause(findings),
  ].filter((clause) => clause !== '');
  if (clauses.length === 0) return { sourcing, sentence: undefined };
  return { sourcing, sentence: `On sourcing, the rewrite ${clauses.join('; it ')}.` };
}

function agencyFates(context: EmphasisContext): ReportSummary['sourcing']['agencies'] {
  const credited = (side: 'from' | 'to') =>
    creditedAgencies([
      ...[...context[side].values()].map((info) => info.unit.text),
      context.input[side].credits.byline ?? '',
      context.input[side].credits.photo ?? '',
    ]);
  const from = credited('from');
  const to = credited('to');
  return {
    kept: from.filter((name) => to.includes(name)),
    dropped: from.filter((name) => !to.includes(name)),
    added: to.filter((name) => !from.includes(name)),
  };
}

function bylineFate(from: Credits, to: Credits): ReportSummary['sourcing']['byline'] {
  const fromLine = from.byline?.trim() ?? '';
  const toLine = to.byline?.trim() ?? '';
  if (fromLine === '') return toLine === '' ? 'none' : 'added';
  if (toLine === '') return 'dropped';
  return foldCase(fromLine) === foldCase(toLine) ? 'kept' : 'changed';
}

/** "keeps the credit to Reuters and drops the byline “By Jane Smith”". */
function creditClause(
  agencies: ReportSummary['sourcing']['agencies'],
  byline: ReportSummary['sourcing']['byline'],
  from: Credits,
  to: Credits,
): string {
  const kept: string[] = [];
  const dropped: string[] = [];
  const other: string[] = [];
  if (agencies.kept.length > 0) kept.push(`the credit to ${joined(agencies.kept)}`);
  if (agencies.dropped.length > 0) dropped.push(`the credit to ${joined(agencies.dropped)}`);
  if (agencies.added.length > 0) other.push(`credits ${joined(agencies.added)}, which the original does not`);
  if (byline === 'kept') kept.push('the byline');
  if (byline === 'dropped') dropped.push(`the byline “${from.byline!.trim()}”`);
  if (byline === 'changed') other.push(`changes the byline from “${from.byline!.trim()}” to “${to.byline!.trim()}”`);
  if (byline === 'added') other.push(`adds the byline “${to.byline!.trim()}”`);
  return joined(
    [
      kept.length === 0 ? '' : `keeps ${joined(kept)}`,
      dropped.length === 0 ? '' : `drops ${joined(dropped)}`,
      ...other,
    ].filter((part) => part !== ''),
  );
}

/** "keeps 3 of the original’s 5 named sources and drops A and B; it names C, whom the original does not". */
function sourcesClause(sources: ReportSummary['sourcing']['sources']): string {
  const { kept, dropped, added } = sources;
  const total = kept.length + dropped.length;
  let clause = '';
  if (total > 0) {
    const noun = total === 1 ? 'named source' : 'named sources';
    clause =
      dropped.length === 0
        ? total === 1
          ? `keeps the original’s one named source, ${kept[0]}`
          : `keeps ${total === 2 ? 'both' : `all ${total}`} of the original’s ${noun} (${someOf(kept)})`
        : kept.length === 0
          ? total === 1
            ? `drops the original’s one named source, ${dropped[0]}`
            : `drops ${total === 2 ? 'both' : `all ${total}`} of the original’s ${noun} (${someOf(dropped)})`
          : `keeps ${kept.length === 1 ? 'one' : kept.length} of the original’s ${total} ${noun} (${someOf(kept)}) and drops ${someOf(dropped)}`;
  }
  if (added.length === 0) return clause;
  const names = `${added.length === 1 ? 'a source' : 'sources'} the original does not name (${someOf(added)})`;
  return clause === '' ? `cites ${names}` : `${clause}; it cites ${names}`;
}

/** Attributions the findings report as dropped or turned vaguer, counted. */
function attributionClause(findings: Report['findings']): string {
  const count = (change: string) =>
    findings.filter((finding) => finding.kind === 'attribution' && finding.change === change).length;
  const unsourced = count('source dropped');
  const vaguer = count('vaguer');
  return joined(
    [
      unsourced === 0
        ? ''
        : `states ${unsourced === 1 ? 'one claim' : `${unsourced} claims`} without the source the original gave`,
      vaguer === 0 ? '' : `credits ${vaguer === 1 ? 'one claim' : `${vaguer} claims`} to a vaguer source`,
    ].filter((part) => part !== ''),
  );
}
