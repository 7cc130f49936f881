/**
 * A small made-up story and a rewrite of it, which the worker compares once as it starts, before the
 * reader asks: a script's code is compiled and optimised the first time it runs, and the first real
 * comparison would otherwise wait for that (about three times as long as the next ones). The pair
 * touches what most comparisons do: a headline, a hedge dropped, a quotation cut, a source lost, a
 * figure changed, sentences dropped, added and moved.
 */
import type { ComparableDocument } from '../analysis/units/units.ts';

const paragraph = (text: string) => ({ type: 'paragraph', text }) as const;

/** The original of the warm-up pair. */
export const WARM_UP_FROM: ComparableDocument = {
  headline: 'Council may approve harbour plan after months of talks, officials say',
  standfirst: 'The vote could come as early as Monday, according to two people familiar with the talks.',
  body: [
    paragraph(
      'The city council is expected to approve a revised plan for the harbour on Monday, officials said, ending months of negotiations with residents.',
    ),
    paragraph(
      '"We have listened carefully, and we think this plan is better for everyone," said Mayor Ana Lopez, who first proposed the project in 2024.',
    ),
    paragraph('The plan would cost about $42 million, according to figures seen by Reuters.'),
    paragraph('Critics said the council had moved too quickly and warned that the costs could rise.'),
    paragraph('A final decision is possible next week.'),
  ],
  credits: { byline: 'Sam Reed' },
};

/** The rewrite of the warm-up pair. */
export const WARM_UP_TO: ComparableDocument = {
  headline: 'Council set to approve controversial harbour plan',
  body: [
    paragraph('The city council will approve a revised plan for the harbour on Monday, ending months of negotiations.'),
    paragraph('The plan will cost $45 million.'),
    paragraph('"This plan is better for everyone," said Mayor Ana Lopez.'),
    paragraph('The decision is a major victory for the mayor, who has faced fierce criticism.'),
  ],
  credits: {},
};
