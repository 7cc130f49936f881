/** The report's JSON Schema, made from its zod schema: what `npm run schema` writes and a test checks. */
import { z } from 'zod';
import { reportSchema } from './report-schema.ts';
import { REPORT_VERSION } from './report-version.ts';

/** The report's JSON Schema (draft 2020-12), as published in src/analysis/report/report.schema.json. */
export function reportJsonSchema(): object {
  return {
    ...z.toJSONSchema(reportSchema, { target: 'draft-2020-12' }),
    $id: `https://reworded.example/schema/report-v${REPORT_VERSION}.json`,
    title: `Reworded comparison report, version ${REPORT_VERSION}`,
  };
}
