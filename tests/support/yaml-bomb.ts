/**
 * A YAML "billion laughs": each anchor's list repeats the previous anchor nine times, so `levels`
 * short lines expand to 9^levels values. The keys are story.yaml's and frontmatter's own, so that
 * only the expansion is wrong.
 */
export function yamlBomb(key: string, levels = 12): string {
  const lines = [`${key}: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
  for (let level = 1; level < levels; level += 1) {
    lines.push(`x${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}
