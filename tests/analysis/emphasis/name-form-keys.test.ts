/**
 * A name's other forms are found through keys (name-form-keys.ts) rather than by comparing it with
 * every name that begins alike. On random stems with the endings that make a people or an
 * adjective of a place, and with a letter doubled, the keys of the two forms must always meet, so
 * that the index says what comparing every name with every other would say.
 */
import { describe, expect, test } from 'vitest';
import { doubledLetter } from '../../../src/analysis/emphasis/house-style.ts';
import { NameIndex, sameWordForms } from '../../../src/analysis/emphasis/mentions.ts';
import { fileKeys, findKeys } from '../../../src/analysis/emphasis/name-form-keys.ts';
import { seededRandom } from '../../../scripts/lib/seeded-random.ts';

const ENDINGS = ['', 'n', 'ns', 'an', 'ans', 'ian', 'ians', 'ean', 'eans', 'ese', 'i', 'is', 'ic', 'ish', 'y'];

const meet = (filed: string, sought: string) => fileKeys(filed).some((key) => findKeys(sought).includes(key));

describe('the keys of a name’s forms', () => {
  test('meet for two forms of one name and for a doubled letter, on random names', () => {
    const next = seededRandom(7);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    let pairs = 0;
    for (let round = 0; round < 2_000; round += 1) {
      const stem = Array.from({ length: 3 + Math.floor(next() * 8) }, () => pick([...'abeilnorsuy'])).join('');
      const name = `${pick(['U', 'R', 'Ch', 'Ge', 'Sh'])}${stem}`;
      // The last letter may change too: "Ukraine", "Ukrainian".
      const [x, y] = [name + pick(ENDINGS), name.slice(0, -1) + pick(ENDINGS)];
      const at = 1 + Math.floor(next() * (name.length - 1));
      const doubled = name.slice(0, at) + name[at - 1] + name.slice(at);
      for (const [first, second] of [
        [x, y],
        [y, x],
        [name, doubled],
        [doubled, name],
      ] as const) {
        // What the index compared every name beginning alike by.
        const forms =
          first.slice(0, 4) === second.slice(0, 4) && (sameWordForms(first, second) || doubledLetter(first, second));
        if (forms) pairs += 1;
        expect(meet(first, second) || !forms, `${first} ${second}`).toBe(true);
      }
    }
    expect(pairs).toBeGreaterThan(2_000);
  });

  test('let the index say the forms it said before, and not names that only begin alike', () => {
    const index = new NameIndex(['Ukraine', 'Russia', 'Shabaab', 'Maria Lund', 'Austria']);
    for (const name of ['Ukrainian', 'Russian', 'Shabab', 'Maria Lund']) expect(index.says(name), name).toBe(true);
    for (const name of ['Australia', 'Maria Berg', 'Rus']) expect(index.says(name), name).toBe(false);
  });
});
