/**
 * The forms of English news writing that tie a claim to its source or qualify how sure it is, as
 * patterns over the writer's own words: attributions ("according to", "said in a statement"),
 * verification caveats ("could not be independently verified", "if confirmed", "unconfirmed") and
 * conditionals ("if …", "unless …"). They follow wire-service practice (AP and Reuters style:
 * every claim that is not common knowledge is attributed, and what the newsroom could not check
 * says so) and the conditional clause of English grammar; no word here comes from any one story.
 * Reporting verbs ("said", "told") are the lexicon's (lexicons.ts) and are read from there.
 */

/** Attribution phrases beyond a reporting verb: a claim tied to someone or something named. */
export const ATTRIBUTION_PATTERNS: readonly RegExp[] = [
  /\baccording to\b/giu,
  /\bin an? (?:statement|interview|email|e-mail|post|briefing|report|tweet)\b/giu,
  /\bciting\b/giu,
  // A reporting verb in -s closing its clause is a verb, whatever stands before it: "…, a new
  // study claims." (the lexicon reads "study claims" inside a clause as a noun phrase).
  /\b(?:says|claims|reports|alleges|states|writes|adds|insists|argues|suggests|notes|warns)(?=\s*(?:[.,;:!?]|$))/giu,
];

/**
 * Verification caveats: the writer saying a claim was not (or not yet) checked. Negated forms of
 * confirm, verify and corroborate, "if … confirmed / true", "unconfirmed" and "awaiting confirmation".
 */
export const CAVEAT_PATTERNS: readonly RegExp[] = [
  /\b(?:cannot|can[’']t|couldn[’']t|(?:could|can|did|does|do|has|have|had|was|were|is|are) not|(?:was|were|is|are) unable to|(?:has|have|had|was|were|is|are|did|does|do)n[’']t)(?: yet)?(?: be| been)?(?: independently| immediately| yet| officially)? (?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed))\b/giu,
  /\bif (?:\S+ ){0,5}(?:confirmed|verified|true|accurate|correct)\b/giu,
  /\b(?:unconfirmed|unverified|uncorroborated)\b/giu,
  /\bno (?:independent |official )?(?:confirmation|verification)\b/giu,
  /\bawait(?:s|ed|ing)? (?:\S+ )?(?:confirmation|verification)\b/giu,
  /\bnot (?:been )?(?:independently )?(?:verified|confirmed)\b/giu,
];

/**
 * Conditional clauses: the claim holds only on a condition. "as if", "even if" (concessive) and
 * "if" after verbs of asking or knowing ("asked if", "unclear if": a hidden "whether") are left out.
 */
export const CONDITIONAL_PATTERNS: readonly RegExp[] = [
  /(?<!\b(?:as|even|what|asked|ask|asks|asking|know|knows|knew|see|sees|saw|unclear|clear|wonder|wondered|decide|decided|check|checked|whether|only) )\bif\b/giu,
  /\bunless\b/giu,
  /\bprovided that\b/giu,
];

/**
 * Sourceless attributions in the passive: the claim is put at a distance from the writer, but no
 * one is named as its source ("is believed to", "are thought to", "is said to", "reportedly").
 */
export const PASSIVE_ATTRIBUTION_PATTERNS: readonly RegExp[] = [
  /\b(?:is|are|was|were|been|being) (?:widely |now |also )?(?:believed|thought|said|reported|understood|alleged|rumou?red|suspected|presumed)\b/giu,
  /\b(?:reportedly|allegedly|purportedly|supposedly)\b/giu,
];
