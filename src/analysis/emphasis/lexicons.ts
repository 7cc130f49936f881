/**
 * The word lists behind the emphasis findings. Each list is small, English, and documented with
 * where its categories come from; add a word by adding it to its list (a test checks that no word
 * is in two lists that contradict each other).
 *
 * - Hedges and boosters follow Hyland's metadiscourse model (K. Hyland, *Metadiscourse: Exploring
 *   Interaction in Writing*, Continuum 2005, appendix: "hedges" and "boosters"), cut down to the
 *   items that carry that meaning in news copy, plus the attributive hedges of news writing
 *   ("reportedly", "allegedly") and the intensifiers of headline language ("breakthrough").
 * - Reporting verbs follow the evaluative categories of Thompson and Ye ("Evaluation in the
 *   reporting verbs used in academic papers", Applied Linguistics 12, 1991) and Hyland (2002):
 *   neutral verbs report without judging (said, wrote, told); tentative ones make the claim
 *   weaker (suggested, hinted); factive ones present it as true (confirmed, acknowledged,
 *   revealed); counter-factive ones cast doubt on it (claimed, alleged); and speech-act verbs that
 *   add force or feeling (warned, insisted, declared, emphasised). Style guides (AP, Reuters)
 *   advise "said" for the same reason.
 * - Vague sources are the stand-ins for a named actor that news-writing guides flag ("many",
 *   "critics", "officials", "sources").
 */

/** The evaluative category of a reporting verb. */
export type VerbStance = 'neutral' | 'tentative' | 'factive' | 'counter-factive' | 'forceful';

/** A lexicon entry: its headword (shown to readers) and every form that counts as it. */
export interface Entry {
  readonly headword: string;
  readonly forms: readonly string[];
}

/**
 * The regular inflections of an English verb: "claim" gives claim, claims, claimed, claiming.
 * Irregular forms (said, told, wrote) and doubled consonants (admitted) are given with `extra`.
 */
export function verbForms(lemma: string, extra: readonly string[] = []): string[] {
  const forms = new Set<string>([lemma, ...extra]);
  if (lemma.endsWith('e')) {
    forms
      .add(`${lemma}s`)
      .add(`${lemma}d`)
      .add(`${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/u.test(lemma)) {
    forms
      .add(`${lemma.slice(0, -1)}ies`)
      .add(`${lemma.slice(0, -1)}ied`)
      .add(`${lemma}ing`);
  } else {
    forms
      .add(/(s|sh|ch|x|z)$/u.test(lemma) ? `${lemma}es` : `${lemma}s`)
      .add(`${lemma}ed`)
      .add(`${lemma}ing`);
  }
  return [...forms];
}

const entry = (headword: string, forms: readonly string[] = [headword]): Entry => ({ headword, forms });
/** A phrase of several words: matched word by word (see match.ts). */
const phrase = (text: string): Entry => entry(text, [text]);

/** Words that withhold full commitment: possibility, probability, approximation, distance from the claim. */
export const HEDGES: readonly Entry[] = [
  entry('may'),
  entry('might'),
  entry('could'),
  entry('possible'),
  entry('possibly'),
  entry('perhaps'),
  entry('probably'),
  entry('likely'),
  entry('unlikely'),
  entry('potential'),
  entry('potentially'),
  entry('reportedly'),
  entry('allegedly'),
  entry('alleged'),
  entry('apparently'),
  entry('appear to', ['appear to', 'appears to', 'appeared to', 'appearing to']),
  entry('seem to', ['seem to', 'seems to', 'seemed to', 'seeming to']),
  entry('uncertain'),
  entry('unclear'),
  entry('cautious', ['cautious', 'cautiously', 'caution', 'cautioned']),
  entry('believe', ['believe', 'believes', 'believed']),
  entry('approximately'),
  entry('roughly'),
  entry('somewhat'),
  entry('partly'),
  phrase('at first glance'),
];

/** Words that raise commitment or intensity: certainty, emphasis, magnitude. */
export const BOOSTERS: readonly Entry[] = [
  entry('clearly'),
  entry('certainly'),
  entry('definitely'),
  entry('undoubtedly'),
  entry('obviously'),
  entry('indeed'),
  phrase('in fact'),
  entry('surely'),
  entry('must'),
  entry('significant', ['significant', 'significantly']),
  entry('substantial', ['substantial', 'substantially']),
  entry('major'),
  entry('massive'),
  entry('huge'),
  entry('dramatic', ['dramatic', 'dramatically']),
  entry('sharp', ['sharp', 'sharply']),
  entry('strong', ['strong', 'strongly']),
  entry('completely'),
  entry('entirely'),
  entry('fully'),
  entry('totally'),
  entry('comprehensive'),
  entry('consistently'),
  entry('crucial'),
  entry('critical'),
  entry('unprecedented'),
  entry('historic'),
  entry('breakthrough', ['breakthrough', 'breakthroughs']),
  entry('controversial'),
  entry('confidence', ['confidence', 'confident']),
  entry('proven'),
];

/**
 * Reporting verbs by stance. Tentative verbs (suggested, hinted) are hedges too, but they are
 * listed only here: a change of verb is one finding, not a verb and a hedge.
 */
export const REPORTING_VERBS: Readonly<Record<VerbStance, readonly Entry[]>> = {
  neutral: [
    entry('say', verbForms('say', ['said', 'says', 'saying'])),
    entry('tell', ['tell', 'tells', 'told', 'telling']),
    entry('write', ['write', 'writes', 'wrote', 'written', 'writing']),
    entry('state', verbForms('state')),
    entry('add', verbForms('add')),
    entry('report', verbForms('report')),
    entry('describe', verbForms('describe')),
    entry('ask', verbForms('ask')),
    entry('announce', verbForms('announce')),
    entry('explain', verbForms('explain')),
    entry('note', verbForms('note')),
    entry('comment', verbForms('comment')),
    entry('respond', verbForms('respond')),
    entry('reply', verbForms('reply')),
    entry('indicate', verbForms('indicate')),
    entry('characterize', [...verbForms('characterize'), ...verbForms('characterise')]),
  ],
  tentative: [
    entry('suggest', verbForms('suggest')),
    entry('hint', verbForms('hint')),
    entry('speculate', verbForms('speculate')),
  ],
  factive: [
    entry('confirm', verbForms('confirm')),
    entry('acknowledge', verbForms('acknowledge')),
    entry('admit', ['admit', 'admits', 'admitted', 'admitting']),
    entry('concede', verbForms('concede')),
    entry('reveal', verbForms('reveal')),
  ],
  'counter-factive': [
    entry('claim', verbForms('claim')),
    // "alleged" is listed as a hedge ("alleged war crimes"), which is how news copy mostly uses it.
    entry('allege', ['allege', 'alleges', 'alleging']),
    entry('assert', verbForms('assert')),
    entry('purport', verbForms('purport')),
  ],
  forceful: [
    entry('warn', verbForms('warn')),
    entry('insist', verbForms('insist')),
    entry('declare', verbForms('declare')),
    entry('emphasize', [...verbForms('emphasize'), ...verbForms('emphasise')]),
    entry('stress', verbForms('stress')),
    entry('underscore', verbForms('underscore')),
    entry('highlight', verbForms('highlight')),
    entry('vow', verbForms('vow')),
    entry('slam', ['slam', 'slams', 'slammed', 'slamming']),
    entry('signal', ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling']),
  ],
};

/** Stand-ins for a named actor: an attribution that names nobody. */
export const VAGUE_SOURCES: readonly Entry[] = [
  entry('many'),
  entry('some'),
  entry('critics'),
  entry('observers'),
  entry('officials'),
  entry('sources'),
  entry('experts'),
  entry('analysts'),
  entry('people'),
  entry('others'),
];

/**
 * News agencies and wire services: their name in one version and not the other is a source
 * credited or lost. Matched with their capitals.
 */
export const NEWS_AGENCIES: readonly string[] = [
  'Reuters',
  'AP',
  'Associated Press',
  'AFP',
  'Agence France-Presse',
  'Bloomberg',
  'dpa',
  'ANI',
  'PTI',
  'IANS',
  'Xinhua',
  'TASS',
  'Interfax',
  'EFE',
  'ANSA',
  'Kyodo',
  'Yonhap',
  'UPI',
];

/**
 * Names that say the same thing in other words, beyond what the analysis sees by itself (a shared
 * beginning: "Ukraine" and "Ukrainian", "Russia" and "Russian"; initials: "United States" and
 * "US"). News copy swaps these freely; each inner list is one referent.
 */
export const NAME_ALIASES: readonly (readonly string[])[] = [
  ['US', 'USA', 'America', 'American', 'Americans', 'United States'],
  ['UK', 'Britain', 'British', 'Briton', 'Britons', 'Great Britain', 'United Kingdom'],
];

/** Function words: a change in them alone is no change of angle or of content. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the a an of to in on at for and or but by with from as is are was were be been has have had that this it its'.split(
    ' ',
  ),
);
