/**
 * /stories/<story>/compare/<from>/<to>.png: the share card (Open Graph image) of each comparison a
 * page shows. Only when SITE is set: Open Graph wants an absolute address, so without the site's
 * origin no page names a card, and none is drawn.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Report } from '../../../../../analysis/index.ts';
import { cardLabels } from '../../../../../data/card-labels.ts';
import { shownPairs } from '../../../../../data/comparison-pairs.ts';
import { getStories } from '../../../../../data/stories.ts';
import { reportFor, reportKeyFor } from '../../../../../data/story-reports.ts';
import type { CardLabels } from '../../../../../share-card/index.ts';
import { cachedShareCard } from '../../../../../share-card/index.ts';

export const getStaticPaths = (async () => {
  if (import.meta.env.SITE === undefined) return [];
  const stories = await getStories();
  return stories.flatMap((story) =>
    shownPairs(story).map(({ from, to }) => ({
      params: { story: story.slug, from: from.data.version, to: to.data.version },
      props: {
        reportKey: reportKeyFor(from, to),
        labels: cardLabels(from, to),
        // Computed or read only when the card is not in the card cache.
        report: () => reportFor(story, from, to),
      },
    })),
  );
}) satisfies GetStaticPaths;

interface CardProps {
  readonly reportKey: string;
  readonly labels: CardLabels;
  readonly report: () => Report;
}

export const GET: APIRoute<CardProps> = async ({ props }) =>
  new Response(await cachedShareCard(props.reportKey, props.labels, props.report), {
    headers: { 'Content-Type': 'image/png' },
  });
