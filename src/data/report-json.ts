/**
 * A report as the JSON file readers download: the one format the built pages publish and the
 * browser's own comparison saves, so that a saved report reads like a published one.
 */
import type { Report } from '../analysis/index.ts';

export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
