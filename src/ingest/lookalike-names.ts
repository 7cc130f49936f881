/**
 * Names that look the same but are different strings. An accented letter can be written as one
 * character ("é", the composed form, NFC) or as a letter and a combining accent ("e" + U+0301, the
 * decomposed form, NFD); files copied from some systems or typed on others differ this way. A
 * message that quotes two such names shows the same name twice, and the user cannot see what is
 * wrong: these words say it.
 */

/** True when `a` and `b` are different strings that read the same once normalised. */
export function areNormalisationTwins(a: string, b: string): boolean {
  return a !== b && a.normalize('NFC') === b.normalize('NFC');
}

/** Why two names that look alike clash, for a message; empty when they do not look alike. */
export function lookalikeNote(a: string, b: string): string {
  if (!areNormalisationTwins(a, b)) return '';
  return ` The two names look the same but are written differently: ${describeForm(a)}, ${describeForm(b)} (as files copied between systems often are).`;
}

function describeForm(name: string): string {
  const composed = name === name.normalize('NFC');
  return `"${name}" ${composed ? 'with each accented letter as one character' : 'with letters followed by combining accents'}`;
}

/**
 * The one name among `names` that `wanted` matches once both are normalised, or undefined: a name
 * typed in story.yaml in one form still finds its file written in the other, as the user meant.
 * Two candidates (a folder holding both forms) match nothing, so that no file is picked at random.
 */
export function findByNormalisedName(names: Iterable<string>, wanted: string): string | undefined {
  const target = wanted.normalize('NFC');
  const found = [...names].filter((name) => name.normalize('NFC') === target);
  return found.length === 1 ? found[0] : undefined;
}
