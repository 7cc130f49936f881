/**
 * What the rewrite leaves out or adds. A single sentence is its own finding, ranked by prominence
 * (one dropped from the top of the original weighs more than one from the end, a long one more than
 * a short one). A run of consecutive sentences is one finding that says where the run stood, how
 * long it was and what it held ("the last 12 sentences, with the quotations of A and B"); its
 * sentences stay in the report as folded findings, one click away, instead of a flood.
 */
import type { EmphasisContext, UnitInfo } from '../context.ts';
import type { Draft } from '../finding.ts';
import { clampSalience, excerpt, listed, NOWHERE, SENTENCE_QUOTE, sideOf } from '../finding.ts';
import type { OtherVersion, RunContents } from '../run-contents.ts';
import { contentsPhrase, otherVersion, runContents } from '../run-contents.ts';
import type { Run } from '../runs.ts';
import { ledeOf, ledePlace, ordinal, unalignedRuns } from '../runs.ts';
import { foldedSalience, prominence, SALIENCE } from '../salience.ts';

/** Units dropped and added: headings, single sentences, and runs of sentences summarised. */
export function unalignedFindings(context: EmphasisContext): Draft[] {
  const from = sideFindings(context, 'from');
  const to = sideFindings(context, 'to');
  // A passage dropped and another added in its place (the original's closing reactions swapped for
  // the rewrite's own) is one change to a reader: one finding that names what went and what came.
  const replaced = new Set<RunDraft>();
  const merged: Draft[] = [];
  for (const dropped of from.runs) {
    const added = to.runs.find(
      (candidate) =>
        !replaced.has(candidate) &&
        candidate.run.between[0] === dropped.run.between[0] &&
        candidate.run.between[1] === dropped.run.between[1],
    );
    if (added === undefined) continue;
    replaced.add(dropped).add(added);
    merged.push(replacedFinding(dropped, added));
  }
  const unmerged = (side: typeof from) => side.runs.filter((entry) => !replaced.has(entry)).map((entry) => entry.draft);
  return [...merged, ...unmerged(from), ...from.singles, ...unmerged(to), ...to.singles];
}

/** A run and the finding drafted for it, with what its sentence is made of. */
interface RunDraft {
  readonly run: Run;
  readonly draft: Draft;
  readonly parts: RunParts;
}

/** One finding for a passage of the original replaced by one of the rewrite's own. */
function replacedFinding(dropped: RunDraft, added: RunDraft): Draft {
  const where = dropped.run.opens
    ? `the original’s first ${dropped.parts.count}, its lede among them`
    : dropped.run.closes
      ? `the last ${dropped.parts.count} of the original`
      : `${dropped.parts.count} of the original, ${dropped.parts.percent} it`;
  return {
    kind: 'omission',
    change: 'replaced run',
    salience: Math.max(dropped.draft.salience, added.draft.salience),
    from: dropped.draft.from,
    to: added.draft.to,
    marks: [],
    explanation: `The rewrite replaces ${where} (from ${dropped.parts.shortOpening}${dropped.parts.withHeld}) with ${added.parts.count} of its own (from ${added.parts.shortOpening}${added.parts.withHeld}).`,
  };
}

function sideFindings(context: EmphasisContext, side: 'from' | 'to'): { runs: RunDraft[]; singles: Draft[] } {
  const ids = side === 'from' ? context.input.dropped : context.input.added;
  const runs = unalignedRuns(context, side).filter((run) => run.members.length > 1);
  // A run's finding names its sentences and its headings: their own findings are its details.
  const folded = new Set(runs.flatMap((run) => [...run.members, ...run.headings].map((info) => info.unit.id)));
  const alone = new Map(ids.map((id) => [id, unitFinding(context[side].get(id)!)]));
  const singles = [...alone].map(([id, draft]) =>
    folded.has(id) ? { ...draft, salience: foldedSalience(draft.salience) } : draft,
  );
  // A run weighs at least what its weightiest sentence would weigh on its own: summarising must
  // not bury a dropped sentence that would have led the list.
  const heaviest = (run: Run) => Math.max(...run.members.map((info) => alone.get(info.unit.id)?.salience ?? 0));
  // The other version is read once for all runs of this side, and only when there is a run.
  let other: OtherVersion | undefined;
  // When the rewrite opens with sentences of its own, their finding says the original's lede is
  // gone; a dropped opening run repeats it, and is folded.
  const replacedOpening =
    side === 'from' && unalignedRuns(context, 'to').some((run) => run.opens && run.members.length > 1);
  return {
    runs: runs.map((run) => {
      const parts = runParts(run, (other ??= otherVersion([...context[side === 'from' ? 'to' : 'from'].values()])));
      const draft = runFinding(context, run, parts);
      const salience = Math.max(draft.salience, heaviest(run));
      return {
        run,
        parts,
        draft: { ...draft, salience: replacedOpening && run.opens ? foldedSalience(salience) : salience },
      };
    }),
    singles,
  };
}

/**
 * Other detectors' findings about a quotation dropped with a run of dropped sentences, folded: the
 * run's finding names those quotations and their speakers, and a long cut is best said once.
 */
export function foldIntoRuns(context: EmphasisContext, drafts: readonly Draft[]): Draft[] {
  const inRun = new Set(
    unalignedRuns(context, 'from')
      .filter((run) => run.members.length > 1)
      .flatMap((run) => run.members.map((info) => info.unit.id)),
  );
  return drafts.map((draft) =>
    draft.kind === 'quotation' &&
    draft.change === 'dropped' &&
    draft.from.units.length > 0 &&
    draft.from.units.every((id) => inRun.has(id))
      ? { ...draft, salience: foldedSalience(draft.salience) }
      : draft,
  );
}

/** One unit dropped or added, as it has always been reported. */
function unitFinding(info: UnitInfo): Draft {
  const place = sideOf([info]);
  const dropped = info.side === 'from';
  if (info.unit.kind === 'heading') {
    return {
      kind: 'structure',
      change: dropped ? 'heading dropped' : 'heading added',
      salience: dropped ? SALIENCE.structure.headingDropped : SALIENCE.structure.headingAdded,
      from: dropped ? place : NOWHERE,
      to: dropped ? NOWHERE : place,
      marks: [],
      explanation: dropped
        ? `The rewrite drops the section heading “${info.unit.text}”.`
        : `The rewrite adds the section heading “${info.unit.text}”.`,
    };
  }
  // Top of the article and length both count; a headline or standfirst is the very top.
  const length = Math.min(1, info.words.length / 25);
  // At most 0.75 (dropped) and 0.7 (added): below a headline's lost hedge, a number changed or a
  // quotation altered, which change what the reader believes rather than what they learn.
  const salience = clampSalience(
    (dropped ? SALIENCE.unit.dropped : SALIENCE.unit.added) +
      SALIENCE.unit.top * (1 - info.position) +
      SALIENCE.unit.length * length,
  );
  return {
    ...(dropped
      ? ({ kind: 'omission', change: 'dropped' } as const)
      : ({ kind: 'addition', change: 'added' } as const)),
    salience,
    from: dropped ? place : NOWHERE,
    to: dropped ? NOWHERE : place,
    marks: [],
    explanation: dropped
      ? `A reader of the rewrite never learns this: “${excerpt(info.unit.text, SENTENCE_QUOTE)}”`
      : `The rewrite says something the original does not: “${excerpt(info.unit.text, SENTENCE_QUOTE)}”`,
  };
}

/**
 * How a run is quoted: its first sentence whole, and the next ones too while the quotation stays
 * short. A short opening ("Do you remember him?") says little of what the run is about alone.
 */
function runOpening(members: readonly UnitInfo[]): string {
  let text = '';
  for (const info of members) {
    if (text.length >= RUN_OPENING) break;
    text = text === '' ? info.unit.text.trim() : `${text} ${info.unit.text.trim()}`;
  }
  return excerpt(text, SENTENCE_QUOTE);
}

/** How much of each run's opening a passage replaced quotes: two long quotations read as a wall. */
const SHORT_OPENING = 120;

/** Below this many characters, a run's quoted opening takes in its next sentence too. */
const RUN_OPENING = 80;

/** Sentences counted as a reader would: "4 sentences", "3 list items", "5 passages" when mixed. */
function counted(members: readonly UnitInfo[]): string {
  const kinds = new Set(members.map((info) => info.unit.kind));
  const noun = kinds.size > 1 ? 'passages' : kinds.has('list-item') ? 'list items' : 'sentences';
  return `${members.length} ${noun}`;
}

/** What a run's sentence is made of: how many, where, its quoted opening and what it held. */
interface RunParts {
  readonly contents: RunContents;
  readonly count: string;
  readonly percent: string;
  readonly opening: string;
  /** The opening cut shorter, for a sentence that quotes two runs. */
  readonly shortOpening: string;
  readonly withHeld: string;
}

function runParts(run: Run, other: OtherVersion): RunParts {
  const contents = runContents(run.members, other);
  const held = contentsPhrase(contents);
  const headings = run.headings.map((info) => info.unit.text);
  const underHeadings =
    headings.length === 0 ? '' : `, under the ${headings.length === 1 ? 'heading' : 'headings'} ${listed(headings)}`;
  return {
    contents,
    count: counted(run.members),
    percent: `${Math.round(run.members[0]!.position * 100)}% of the way down`,
    opening: `“${runOpening(run.members)}”`,
    shortOpening: `“${excerpt(runOpening(run.members), SHORT_OPENING)}”`,
    withHeld: `${underHeadings}${held === '' ? '' : `, with ${held}`}`,
  };
}

/** One finding for a run of two or more consecutive units dropped or added. */
function runFinding(context: EmphasisContext, run: Run, parts: RunParts): Draft {
  const dropped = run.side === 'from';
  const { contents, count, percent, opening, withHeld } = parts;
  const lede = ledeOf(context);
  let explanation: string;
  if (dropped) {
    explanation = run.opens
      ? `The rewrite drops the original’s first ${count}, its lede among them, from ${opening}${withHeld}.`
      : run.closes
        ? `The rewrite drops the last ${count} of the original, from ${opening}${withHeld}.`
        : `The rewrite drops ${count} in a row, ${percent} the original, from ${opening}${withHeld}.`;
  } else if (run.opens) {
    // What now stands on top, and where the original's lede went: one sentence for the whole lead.
    const place = ledePlace(context);
    const ledeNote =
      lede === undefined
        ? ''
        : `; the original’s lede, “${excerpt(lede.unit.text, SENTENCE_QUOTE)}”, ${place === undefined ? 'is gone' : `now comes ${ordinal(place)}`}`;
    explanation = `The rewrite opens with ${count} of its own, from ${opening}${withHeld}${ledeNote}.`;
  } else {
    explanation = run.closes
      ? `The rewrite ends with ${count} of its own, from ${opening}${withHeld}.`
      : `The rewrite adds ${count} of its own in a row, ${percent} the rewrite, from ${opening}${withHeld}.`;
  }
  return {
    ...(dropped
      ? ({ kind: 'omission', change: 'dropped run' } as const)
      : ({ kind: 'addition', change: 'added run' } as const)),
    salience: runSalience(run, contents),
    from: dropped ? sideOf(run.members) : NOWHERE,
    to: dropped ? NOWHERE : sideOf(run.members),
    marks: [],
    explanation,
  };
}

/**
 * A run weighs by where it stood and what it held: a dropped lead, or a run with quotations and
 * figures, high; a dropped tail of background lower. New material on top of the rewrite is what
 * its readers see first, so it weighs like a dropped lead.
 */
function runSalience(run: Run, contents: RunContents): number {
  const dropped = run.side === 'from';
  const place = (dropped ? SALIENCE.run.dropped : SALIENCE.run.added) * prominence(run.members[0]!.position);
  const quotations = Math.min(3, contents.speakers.length + contents.unattributed);
  const held =
    0.04 * quotations + 0.02 * Math.min(3, contents.figures.length) + 0.02 * Math.min(3, contents.names.length);
  const length = 0.05 * Math.min(1, (run.members.length - 1) / 8);
  const top = run.opens ? 0.2 : 0;
  return clampSalience(Math.min(0.85, place + held + length + top));
}
