/** How the report rounds its scores. */

/** Three decimals: enough to read, and stable across machines in JSON. */
export function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}
