/**
 * /stories/<story>/compare/<from>/<to>.json: the report of two versions of a story of three or
 * more, when neither is the original (the original's comparisons are at /stories/<story>/<version>.json).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Report } from '../../../../../analysis/index.ts';
import { comparisonPairs } from '../../../../../data/comparison-pairs.ts';
import { reportJson } from '../../../../../data/report-json.ts';
import { getStories } from '../../../../../data/stories.ts';
import { reportFor } from '../../../../../data/story-reports.ts';

export const getStaticPaths = (async () => {
  const stories = await getStories();
  return stories.flatMap((story) =>
    comparisonPairs(story)
      .filter(({ from }) => from !== story.original)
      .map(({ from, to }) => ({
        params: { story: story.slug, from: from.data.version, to: to.data.version },
        props: { report: reportFor(story, from, to) },
      })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: Report }> = ({ props }) =>
  new Response(reportJson(props.report), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
