/**
 * Loaded and framing words: the vocabulary that style guides list among "words to watch" because
 * it judges instead of reporting (the AP Stylebook's and Reuters' entries on loaded labels and on
 * "said", Wikipedia's Manual of Style "Words to watch": puffery, contentious labels, unsupported
 * attributions, expressions of doubt, editorialising), and that media-bias research finds are often
 * not sentiment words at all ("regime" for "government", "so-called", "slammed" for "said").
 * Written by hand from that general knowledge; it is not drawn from any labelled set.
 *
 * Only words that judge in nearly every use are listed: "crisis", "attack" or "killed" report events
 * in plain news and are not here (see factual-words.ts for the sentiment words news uses plainly).
 */
import type { Entry } from '../lexicons.ts';
import { verbForms } from '../lexicons.ts';

/** Why a word is loaded, as a reader would name it. */
export type FramingFamily = 'label' | 'saying' | 'intensifier' | 'scare' | 'sneer';

/** A form as the matcher reads it: word by word, and a hyphen parts words ("so-called" is "so called"). */
const spaced = (form: string): string => form.replace(/-/gu, ' ');
const words = (...forms: string[]): Entry[] => forms.map((form) => ({ headword: form, forms: [spaced(form)] }));
const entry = (headword: string, forms: readonly string[]): Entry => ({ headword, forms: forms.map(spaced) });
const verb = (lemma: string, extra: readonly string[] = []): Entry => ({
  headword: lemma,
  forms: verbForms(lemma, extra),
});
/** A noun and its plural. */
const noun = (singular: string, plural = `${singular}s`): Entry => ({ headword: singular, forms: [singular, plural] });

/**
 * The framing lexicon by family.
 * - label: names for people, groups and governments that condemn ("regime", "thugs", "crowd" for a
 *   group of people, "radical left").
 * - saying: verbs of saying that dramatise or judge what was said, instead of "said".
 * - intensifier: words that turn up the volume in the writer's voice ("shocking", "utterly").
 * - scare: words that alarm ("chaos", "invasion", "nightmare").
 * - sneer: words that mock or dismiss ("so-called", "ridiculous", "hoax").
 */
export const FRAMING: Readonly<Record<FramingFamily, readonly Entry[]>> = {
  label: [
    noun('regime'),
    noun('thug'),
    noun('mob'),
    ...words('crowd'),
    noun('crony', 'cronies'),
    ...words('elites'),
    noun('elitist'),
    noun('extremist'),
    noun('radical'),
    noun('zealot'),
    noun('fanatic'),
    noun('ideologue'),
    noun('apologist'),
    noun('propagandist'),
    noun('shill'),
    noun('stooge'),
    noun('lackey', 'lackeys'),
    noun('puppet'),
    noun('henchman', 'henchmen'),
    noun('cabal'),
    noun('globalist'),
    noun('leftist'),
    noun('rightist'),
    noun('snowflake'),
    noun('demagogue'),
    noun('tyrant'),
    noun('dictator'),
    noun('despot'),
    noun('agitator'),
    noun('coward'),
    noun('traitor'),
    ...words('illegals'),
    ...words('far-left', 'far-right', 'alt-right', 'hard-left', 'ultra-left', 'ultra-right', 'woke'),
    ...words('illegal alien', 'illegal aliens', 'radical left', 'radical right'),
    ...words('far left', 'far right', 'hard left', 'hard right', 'mainstream media', 'fake news', 'deep state'),
    ...words('death tax', 'job-killing', 'job killing', 'gun-grabbing', 'pro-abortion', 'anti-life', 'nanny state'),
    // Contentious labels (Wikipedia's "words to watch"), and the labels of political name-calling.
    noun('bigot'),
    noun('denier'),
    noun('fundamentalist'),
    noun('nativist'),
    noun('misogynist'),
    noun('handout'),
    noun('giveaway'),
    ...words('bigoted', 'bigotry', 'xenophobic', 'xenophobia', 'homophobic', 'sexist', 'hateful', 'anti-american'),
    ...words('un-american', 'extreme', 'extremism', 'hardline', 'hard-line', 'hardliner', 'hardliners', 'divisive'),
    ...words('inflammatory', 'incendiary', 'partisan', 'controversial', 'ideological', 'rhetoric', 'agenda'),
    ...words('crackdown', 'amnesty', 'open borders', 'dog whistle', 'fearmongering', 'scaremongering'),
    ...words('demagoguery', 'conspiracy theory', 'conspiracy theories', 'conspiracy theorist', 'conspiracy theorists'),
  ],
  saying: [
    verb('slam', ['slams', 'slammed', 'slamming']),
    entry('blast', ['blasted', 'blasting']),
    entry('rip', ['ripped', 'rips into']),
    verb('lash', ['lashed out', 'lashes out', 'lashing out']),
    verb('rant'),
    entry('rail', ['railed', 'rails against', 'railing against']),
    entry('fume', ['fumed', 'fuming']),
    entry('bash', ['bashed', 'bashes', 'bashing']),
    entry('trash', ['trashed', 'trashing']),
    entry('torch', ['torched']),
    verb('scold'),
    verb('berate'),
    entry('mock', ['mocked', 'mocks', 'mocking']),
    verb('sneer'),
    verb('jeer'),
    verb('gloat'),
    verb('boast'),
    verb('brag', ['brags', 'bragged', 'bragging']),
    verb('whine'),
    verb('whinge'),
    verb('spew'),
    verb('parrot'),
    verb('peddle'),
    verb('tout'),
    verb('admit', ['admits', 'admitted', 'admitting']),
    entry('claim', ['claimed', 'claiming']),
    verb('insist'),
    verb('decry', ['decries', 'decried', 'decrying']),
    verb('denounce'),
    verb('smear'),
    verb('demonize', ['demonise', 'demonises', 'demonised', 'demonising']),
    ...words('doubled down', 'doubles down', 'tore into', 'tears into', 'went after', 'goes after'),
  ],
  intensifier: [
    ...words('shocking', 'shockingly', 'disastrous', 'disastrously', 'total', 'utter', 'utterly', 'absolutely'),
    ...words('outright', 'blatant', 'blatantly', 'brazen', 'brazenly', 'egregious', 'egregiously'),
    ...words('outrageous', 'outrageously', 'staggering', 'staggeringly', 'stunning', 'stunningly'),
    ...words('astonishing', 'astonishingly', 'incredibly', 'extremely', 'wildly', 'insanely', 'whopping'),
    ...words('sheer', 'truly', 'literally', 'enormously', 'hugely', 'downright', 'flagrant', 'flagrantly'),
    ...words('unbelievable', 'unbelievably', 'jaw-dropping', 'mind-boggling', 'scathing', 'furious', 'livid'),
    ...words('infuriating', 'outraged', 'stunned', 'remarkable', 'remarkably', 'bombshell'),
    ...words('massive', 'massively', 'dramatically', 'radically', 'staunch', 'staunchly', 'fierce', 'fiercely'),
    ...words('vehement', 'vehemently', 'bitter', 'bitterly', 'hardcore', 'rabid', 'fervent', 'diehard'),
    // Puffery: praise in the writer's voice.
    ...words('legendary', 'iconic', 'visionary', 'brilliant', 'acclaimed', 'renowned', 'world-class'),
    ...words('groundbreaking', 'heroic', 'beloved', 'stellar', 'spectacular', 'magnificent'),
  ],
  scare: [
    ...words('chaos', 'chaotic', 'catastrophe', 'catastrophic', 'carnage', 'bloodbath', 'meltdown', 'nightmare'),
    ...words('nightmarish', 'apocalypse', 'apocalyptic', 'onslaught', 'horde', 'hordes'),
    ...words('rampant', 'draconian', 'terrifying', 'alarming', 'alarmingly', 'menace', 'menacing', 'dystopian'),
    ...words('sinister', 'scourge', 'hellhole', 'lawless', 'lawlessness'),
  ],
  sneer: [
    ...words('so-called', 'self-styled', 'self-proclaimed', 'supposedly', 'purported', 'purportedly'),
    ...words('ridiculous', 'ridiculously', 'absurd', 'absurdly', 'ludicrous', 'laughable', 'pathetic', 'silly'),
    ...words('delusional', 'hysterical', 'hysteria', 'unhinged', 'deranged', 'idiotic', 'stupid', 'dumb'),
    ...words('moronic', 'crazy', 'lunatic', 'clueless', 'incompetent', 'inept', 'crooked', 'corrupt'),
    ...words('sham', 'hoax', 'scam', 'witch hunt', 'phony', 'phoney', 'bogus', 'rigged', 'cowardly'),
    ...words('disgrace', 'disgraceful', 'shameful', 'shameless', 'shamelessly', 'despicable', 'vile', 'sleazy'),
    ...words('pandering', 'grandstanding', 'virtue signalling', 'virtue signaling', 'propaganda'),
    ...words('lied', 'liar', 'liars', 'nonsense', 'garbage', 'rubbish'),
    ...words('ploy', 'stunt', 'tirade', 'diatribe', 'screed', 'antics', 'gaffe'),
    ...words('notorious', 'notoriously', 'infamous', 'infamously', 'disgraced', 'embattled', 'beleaguered'),
    ...words('reckless', 'recklessly', 'baseless', 'debunked', 'dubious', 'questionable', 'slur', 'slurs'),
    // Editorialising adverbs: the writer comments on what is reported.
    ...words('arguably', 'tellingly', 'ironically', 'predictably', 'conveniently', 'curiously', 'sadly'),
    ...words('regrettably', 'fortunately', 'unfortunately', 'needless to say', 'of course', 'naturally'),
  ],
};

/** Each framing headword's family. */
export const FAMILY_OF: ReadonlyMap<string, FramingFamily> = new Map(
  Object.entries(FRAMING).flatMap(([family, entries]) =>
    entries.map((entry) => [entry.headword, family as FramingFamily] as const),
  ),
);
