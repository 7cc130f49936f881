/**
 * The colours of removed and added words stay apart for the common colour-vision deficiencies, in
 * both themes: each pair, seen through a simulation of deuteranopia, protanopia and tritanopia
 * (Machado, Oliveira and Fernandes 2009, full severity), keeps a CIELAB distance a reader can see.
 * (Strike-through and underline tell them apart too; this keeps colour from misleading.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../support/seed.ts';

const CSS = readFileSync(path.join(ROOT, 'src/styles/palette.css'), 'utf8');
/** A theme colour's light and dark values, as `light-dark(#light, #dark)` in palette.css gives them. */
function themeColour(name: string): { light: string; dark: string } {
  const match = new RegExp(`--color-${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`, 'u').exec(CSS);
  if (match === null) throw new Error(`no light-dark() value for --color-${name}`);
  return { light: match[1]!, dark: match[2]! };
}

const SIMULATIONS: Record<string, number[][]> = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const toLinear = (channel: number) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);
const linear = (hex: string) =>
  [1, 3, 5].map((index) => toLinear(Number.parseInt(hex.slice(index, index + 2), 16) / 255));
function lab([r, g, b]: number[]): number[] {
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  const [x, y, z] = [
    (0.4124 * clamp(r!) + 0.3576 * clamp(g!) + 0.1805 * clamp(b!)) / 0.95047,
    0.2126 * clamp(r!) + 0.7152 * clamp(g!) + 0.0722 * clamp(b!),
    (0.0193 * clamp(r!) + 0.1192 * clamp(g!) + 0.9505 * clamp(b!)) / 1.08883,
  ];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const seenAs = (hex: string, matrix: number[][]) => {
  const rgb = linear(hex);
  return matrix.map((row) => row.reduce((sum, weight, index) => sum + weight * rgb[index]!, 0));
};
const distance = (x: number[], y: number[]) => Math.hypot(...x.map((value, index) => value - y[index]!));

describe('removed and added colours', () => {
  for (const part of ['bg', 'ink'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test.each(Object.keys(SIMULATIONS))(`${part} in the ${theme} theme stays apart with %s`, (simulation) => {
        const removed = themeColour(`removed-${part}`)[theme];
        const added = themeColour(`added-${part}`)[theme];
        const matrix = SIMULATIONS[simulation]!;
        expect(distance(lab(seenAs(removed, matrix)), lab(seenAs(added, matrix)))).toBeGreaterThan(10);
      });
    }
  }
});
