/**
 * /stories/<story>/<version>.json: the comparison report of a rewrite against the story's original,
 * in the format of src/analysis/report/report.schema.json.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Report } from '../../../analysis/index.ts';
import { reportJson } from '../../../data/report-json.ts';
import { getStories } from '../../../data/stories.ts';
import { reportFor } from '../../../data/story-reports.ts';

export const getStaticPaths = (async () => {
  const stories = await getStories();
  return stories.flatMap((story) =>
    story.rewrites.map((rewrite) => ({
      params: { story: story.slug, version: rewrite.data.version },
      props: {
        report: reportFor(story, story.original, rewrite),
      },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: Report }> = ({ props }) =>
  new Response(reportJson(props.report), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
