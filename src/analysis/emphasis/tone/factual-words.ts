/**
 * Sentiment words that plain news uses to report, not to judge. VADER's raters scored words out of
 * context, so "killed", "war", "crisis", "cancer" and "won" carry strong valence; in a news report
 * they name what happened, and a wire story about a flood or an election is full of them. A loaded
 * word is one that judges what it names, so these do not count as tone on their valence alone. The
 * list is written by hand by topic (violence and crime, conflict, disaster and health, courts and
 * police, politics and the economy, everyday verbs of help and support); it is not drawn from any
 * labelled set. A judging word of the same topic ("carnage", "bloodbath") is in the framing lexicon.
 */

const TOPICS: readonly string[] = [
  // Violence, crime, conflict.
  'kill killed killing killings kills killer killers dead death deaths die died dies dying deadly fatal fatally',
  'murder murdered murders murderer homicide victim victims wounded wounding injured injuries injury injure hurt',
  'attack attacked attacks attacker attackers assault assaulted shooting shot shootings gun guns gunman gunmen',
  'war wars warfare battle battles fight fighting fought fights combat conflict conflicts bomb bombs bombing',
  'bombed explosion explosions weapon weapons army armed military troops violence violent terror terrorism',
  'suicide terrorist terrorists hostage hostages kidnapped kidnapping abducted abduction rape raped abuse abused abuses',
  'crime crimes criminal criminals robbery stolen theft fraud arrest arrested arrests prison prisoner prisoners',
  'jail jailed guilty convicted conviction sentenced charged charges accused lawsuit sued penalty punishment',
  'threat threats threatened threatening threaten threatens danger dangers risk risks risky warned warning warnings',
  // Disaster, health, loss.
  'disaster disasters emergency emergencies accident accidents crash crashed crashes fire fires flood floods',
  'flooding destroyed destruction damage damaged collapse collapsed crisis crises pandemic epidemic disease',
  'diseases cancer illness sick infection infected infections pain suffering suffered suffer poverty poor hunger',
  'starvation homeless unemployment unemployed loss losses lost lose losing fail failed failure failures',
  'concern concerns concerned worried worry worries fear fears feared afraid grief mourning mourn funeral',
  'tragedy tragic punish punished punishing retaliation retaliate retaliated',
  // Feelings reported of the people in the story ("voiced frustration"), not the writer's own.
  'anger angered angry frustration frustrated dismay dismayed disappointed disappointment upset regret regrets',
  'regretted sorry',
  // Politics, courts, the economy: the verbs and nouns of the beat.
  'protest protests protesters protested opposition opposed oppose opposes reject rejected rejects ban banned',
  'ban bans veto vetoed defeat defeated defeats win won wins winning winner victory victories lead leading',
  'support supported supporting supports supporter supporters help helped helping helps aid assistance',
  'benefit benefits care cared protect protected protection safe safety secure security rescue rescued',
  'free freed freedom freedoms liberty rights justice peace peaceful agreement agreed agree agrees deal',
  'hope hoped hopes trust honor honour award awards awarded prize celebrate celebrated celebration welcome',
  'welcomed best better good great greater greatest important successful success succeed succeeded',
  'thank thanks thanked love loved like liked friend friends friendly united unity party parties ready',
  'united vote votes interest interests commitment committed',
];

/** Folded words whose valence alone does not make them loaded in news copy. */
export const FACTUAL_WORDS: ReadonlySet<string> = new Set(TOPICS.flatMap((line) => line.split(' ')));
