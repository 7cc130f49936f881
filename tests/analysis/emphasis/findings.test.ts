/**
 * Each kind of finding on a small pair of its own, and the changes that must raise nothing: a
 * typographic change, a synonym, a hedge swapped for another hedge.
 */
import { describe, expect, test } from 'vitest';
import type { ComparableDocument, ReportFinding } from '../../../src/analysis/index.ts';
import { compareDocuments, isKeptQuotation, isListed, LISTED_SALIENCE } from '../../../src/analysis/index.ts';

/** A document of one paragraph per string (a string starting with "# " is a heading, with "- " list items). */
function doc(
  paragraphs: readonly string[],
  headline?: string,
  credits?: ComparableDocument['credits'],
): ComparableDocument {
  return {
    headline,
    credits,
    body: paragraphs.map((text) =>
      text.startsWith('# ')
        ? { type: 'heading' as const, text: text.slice(2) }
        : text.startsWith('- ')
          ? { type: 'list' as const, items: text.slice(2).split(' - ') }
          : { type: 'paragraph' as const, text },
    ),
  };
}

/** The findings of a pair, leaving out quotations kept verbatim (a classification, not a change). */
function findings(from: ComparableDocument, to: ComparableDocument): ReportFinding[] {
  return compareDocuments(from, to).findings.filter((finding) => !isKeptQuotation(finding));
}
const kinds = (list: readonly ReportFinding[]) => list.map((finding) => `${finding.kind}/${finding.change}`);
/** The marked words of a finding on one side. */
function marked(
  from: ComparableDocument,
  to: ComparableDocument,
  finding: ReportFinding,
  side: 'from' | 'to',
): string[] {
  const report = compareDocuments(from, to);
  return finding.marks
    .filter((mark) => mark.side === side)
    .map((mark) => report[side].units.find((unit) => unit.id === mark.unit)!.text.slice(mark.start, mark.end));
}

describe('hedges and boosters', () => {
  test('a hedge dropped from a sentence', () => {
    const from = doc(['Officials said the plan may stall talks in Geneva next week.']);
    const to = doc(['Officials said the plan will stall talks in Geneva next week.']);
    const [finding] = findings(from, to);
    expect(kinds(findings(from, to))).toEqual(['hedge/dropped']);
    expect(marked(from, to, finding!, 'from')).toEqual(['may']);
    expect(finding!.explanation).toContain('“may”');
  });

  test('a hedge swapped for another hedge is no change', () => {
    const from = doc(['Officials said the plan may stall talks in Geneva next week.']);
    const to = doc(['Officials said the plan might stall talks in Geneva next week.']);
    expect(kinds(findings(from, to))).toEqual([]);
  });

  test('a booster added', () => {
    const from = doc(['The two sides made progress in Geneva on Sunday, officials said.']);
    const to = doc(['The two sides made significant progress in Geneva on Sunday, officials said.']);
    expect(kinds(findings(from, to))).toEqual(['booster/added']);
  });

  test('a hedge inside a quotation is the speaker’s, not the writer’s: its loss is a trimmed quotation', () => {
    const from = doc(['“The plan, at first glance, does not work for us,” Ushakov said in Moscow.']);
    const to = doc(['Ushakov said in Moscow the plan “does not work for us.”']);
    const list = findings(from, to);
    expect(kinds(list)).toEqual(['quotation/trimmed']);
    expect(list[0]!.explanation).toContain('“at first glance”');
  });
});

describe('reporting verbs', () => {
  test('“said” turned into “warned”', () => {
    const from = doc(['The minister said the talks would fail without guarantees.']);
    const to = doc(['The minister warned the talks would fail without guarantees.']);
    const list = findings(from, to);
    expect(kinds(list)).toEqual(['reporting-verb/changed']);
    expect(list[0]!.explanation).toMatch(/“said” became “warned”/u);
  });

  test('“claimed” turned into “said” (the reverse)', () => {
    const from = doc(['The minister claimed the talks had failed because of Moscow.']);
    const to = doc(['The minister said the talks had failed because of Moscow.']);
    expect(kinds(findings(from, to))).toEqual(['reporting-verb/changed']);
  });

  test('a neutral verb for another neutral verb, and nouns that look like verbs, raise nothing', () => {
    expect(
      kinds(findings(doc(['The minister said talks resumed.']), doc(['The minister stated talks resumed.']))),
    ).toEqual([]);
    expect(
      kinds(
        findings(
          doc(['Kyiv rejected Moscow’s claims at the table in Geneva.']),
          doc(['Kyiv rejected Moscow’s proposals at the table in Geneva.']),
        ),
      ),
    ).toEqual([]);
    expect(
      kinds(
        findings(
          doc(['Kyiv rejected the claims at the table in Geneva.']),
          doc(['Kyiv rejected the proposals at the table in Geneva.']),
        ),
      ),
    ).toEqual([]);
  });
});

describe('attribution', () => {
  test('a news agency no longer credited', () => {
    const from = doc(['A copy seen by Reuters would freeze fighting along current front lines.']);
    const to = doc(['A copy would freeze fighting along current front lines.']);
    const list = findings(from, to);
    expect(kinds(list)).toContain('attribution/dropped');
    expect(
      marked(
        from,
        to,
        list.find((finding) => finding.kind === 'attribution')!,
        'from',
      ),
    ).toEqual(['Reuters']);
  });

  test('a named actor turned into “many”', () => {
    const from = doc(['The plan that Kyiv and allies viewed as tilted toward Moscow surprised Europe.']);
    const to = doc(['The plan that many viewed as tilted toward Moscow surprised Europe.']);
    const vaguer = findings(from, to).find((finding) => finding.change === 'vaguer');
    expect(vaguer).toBeDefined();
    expect(marked(from, to, vaguer!, 'to')).toEqual(['many']);
    expect(marked(from, to, vaguer!, 'from')).toEqual(['Kyiv']);
  });

  test('“American officials” names someone: not vaguer', () => {
    const from = doc(['Zelensky described the discussions with the US team as productive.']);
    const to = doc(['Zelensky described the discussions with American officials as productive.']);
    expect(kinds(findings(from, to))).not.toContain('attribution/vaguer');
  });

  test('a byline and a photo credit dropped', () => {
    const from = doc(['Talks resumed in Geneva.'], undefined, {
      byline: 'Ravi Hari',
      photo: 'Photo by Jim Watson / AFP',
    });
    const to = doc(['Talks resumed in Geneva.']);
    expect(kinds(findings(from, to)).sort()).toEqual(['attribution/dropped', 'attribution/dropped']);
  });
});

describe('quotations', () => {
  const said = (quote: string) => `“${quote},” Zelensky said on Monday in Kyiv.`;

  test('typographic quote styles and end punctuation do not count: kept', () => {
    const report = compareDocuments(
      doc([said('Negotiations are ongoing')]),
      doc(['"Negotiations are ongoing," Zelensky said on Monday in Kyiv.']),
    );
    expect(report.findings.filter((finding) => finding.kind === 'quotation').map((finding) => finding.change)).toEqual([
      'kept',
    ]);
  });

  test('words inside the quotation marks changed: altered, serious', () => {
    const list = findings(
      doc([said('Negotiations are ongoing and productive')]),
      doc([said('Negotiations are ongoing and difficult')]),
    );
    expect(kinds(list)).toEqual(['quotation/altered']);
    expect(list[0]!.level).toBe('high');
  });

  test('a quotation turned into paraphrase', () => {
    const from = doc(['“It is important that European partners support our positions,” Zelensky said on Monday.']);
    const to = doc([
      'Zelensky emphasized on Monday that it is important for European partners to support Ukraine’s positions.',
    ]);
    expect(kinds(findings(from, to))).toContain('quotation/paraphrased');
  });

  test('a quotation with no source in the original: new, listed, below words put in a mouth', () => {
    const from = doc(['Zelensky spoke about the talks on Monday in Kyiv.']);
    const to = doc(['Zelensky spoke about the talks on Monday in Kyiv, calling them “a disaster”.']);
    const quotation = findings(from, to).find((finding) => finding.kind === 'quotation')!;
    expect(quotation.change).toBe('new');
    expect(quotation.level).toBe('medium');
    expect(isListed(quotation)).toBe(true);
    const altered = findings(
      doc(['“The talks were useful,” Zelensky said on Monday in Kyiv.']),
      doc(['“The talks were a disaster,” Zelensky said on Monday in Kyiv.']),
    ).find((finding) => finding.kind === 'quotation')!;
    expect(altered.change).toBe('altered');
    expect(altered.salience).toBeGreaterThan(quotation.salience);
  });

  test('a new quotation in a sentence that is itself new is folded under the addition', () => {
    const from = doc(['The ferry left the harbour at dawn.', 'Passengers boarded in the rain.']);
    const to = doc([
      'The ferry left the harbour at dawn.',
      '“We have never seen a crossing like it,” a deckhand told the local radio station.',
      'Passengers boarded in the rain.',
    ]);
    const list = findings(from, to);
    const quotation = list.find((finding) => finding.kind === 'quotation')!;
    expect(quotation.change).toBe('new');
    expect(isListed(quotation)).toBe(false);
    expect(list.find((finding) => finding.kind === 'addition' && isListed(finding))).toBeDefined();
  });

  test('a quotation dropped with its sentence', () => {
    const from = doc(['Talks resumed in Geneva on Sunday.', '“We are ready,” the envoy said.']);
    const to = doc(['Talks resumed in Geneva on Sunday.']);
    expect(kinds(findings(from, to))).toContain('quotation/dropped');
  });
});

describe('names and numbers', () => {
  test('a number changed is serious', () => {
    const list = findings(
      doc(['The US presented a 28-point peace plan last week.']),
      doc(['The US presented a 20-point peace plan last week.']),
    );
    expect(kinds(list)).toEqual(['number/changed']);
    expect(list[0]!.level).toBe('high');
  });

  test('a name the rewrite no longer mentions anywhere', () => {
    const from = doc(['Delegates met Rubio and Yermak in Geneva on Sunday to refine the plan.']);
    const to = doc(['Delegates met in Geneva on Sunday to refine the plan.']);
    const name = findings(from, to).find((finding) => finding.kind === 'name')!;
    expect(name.change).toBe('dropped');
    expect(marked(from, to, name, 'from')).toEqual(['Rubio', 'Yermak']);
  });

  test('a name kept elsewhere but no longer said in its sentence', () => {
    const from = doc(['Trump spoke in Geneva on Monday.', 'Rubio appeared to relax Trump’s deadline on Sunday.']);
    const to = doc(['Trump spoke in Geneva on Monday.', 'Rubio appeared to relax the deadline on Sunday.']);
    const name = findings(from, to).find((finding) => finding.change === 'dropped here')!;
    expect(name.explanation).toContain('no longer names “Trump”');
    expect(marked(from, to, name, 'from')).toEqual(['Trump’s']);
  });

  test('a name said another way is no change: “US” and “American”, “Ukraine” and “Ukrainian”', () => {
    const from = doc([
      'Officials met in Geneva on Sunday.',
      'The US and Ukraine described the talks as productive on Sunday.',
    ]);
    const to = doc([
      'Officials met in Geneva on Sunday.',
      'American and Ukrainian officials described the talks as productive on Sunday.',
    ]);
    expect(kinds(findings(from, to)).filter((kind) => kind.startsWith('name/'))).toEqual([]);
  });

  test('“United States” for “US” is the same name', () => {
    const list = findings(
      doc(['The US surprised Kyiv last week with a peace plan.']),
      doc(['The United States surprised Kyiv last week with a peace plan.']),
    );
    expect(kinds(list)).not.toContain('name/added');
  });
});

describe('omissions, additions and structure', () => {
  test('a sentence dropped from the top weighs more than one dropped from the end', () => {
    const kept = [
      'Talks resumed in Geneva on Sunday after a pause.',
      'Both delegations attended the meeting in full.',
      'A statement followed in the evening.',
    ];
    // Dropped right after the lede (a dropped lede itself is the lede finding's to report).
    const from = doc([
      kept[0]!,
      'Russia continued its advance in the east overnight.',
      ...kept.slice(1),
      'Analysts expect a long winter of diplomacy ahead.',
    ]);
    const to = doc(kept);
    const omissions = findings(from, to).filter((finding) => finding.kind === 'omission');
    expect(omissions.map((finding) => finding.from.excerpt)).toEqual([
      'Russia continued its advance in the east overnight.',
      'Analysts expect a long winter of diplomacy ahead.',
    ]);
    expect(omissions[0]!.salience).toBeGreaterThan(omissions[1]!.salience);
  });

  test('a sentence turned into a list', () => {
    const from = doc([
      'The plan required Ukraine to cede territory, accept limits on its military, and never join NATO.',
    ]);
    const to = doc([
      'The plan required Ukraine to:',
      '- cede territory - accept limits on its military - never join NATO',
    ]);
    expect(kinds(findings(from, to))).toContain('structure/sentence to list');
  });

  test('a heading renamed', () => {
    const body = 'US and Ukrainian officials agreed to refine the peace proposal in Geneva.';
    expect(
      kinds(findings(doc(['# Washington, Kyiv narrow gaps', body]), doc(['# US-Ukraine agreement in Geneva', body]))),
    ).toEqual(['structure/heading renamed']);
  });

  test('a fact moved up into the lead', () => {
    const filler = Array.from(
      { length: 8 },
      (_, index) => `Paragraph ${index} of the talks covered point ${index} in detail.`,
    );
    const fact = 'Moscow rejected the European plan outright on Tuesday evening.';
    const list = findings(doc([...filler, fact]), doc([fact, ...filler]));
    expect(kinds(list)).toContain('structure/moved up');
  });
});

describe('framing', () => {
  test('the hedge “possible” dropped from the headline: the breakthrough presented as fact', () => {
    const body = ['Talks resumed in Geneva.'];
    const list = findings(
      doc(body, 'Trump hints at possible breakthrough in peace talks'),
      doc(body, 'Trump hints at breakthrough in peace talks'),
    );
    expect(kinds(list)).toEqual(['framing/hedge dropped']);
    expect(list[0]!.level).toBe('high');
    expect(list[0]!.explanation).toContain('“possible”');
  });

  test('a headline in Title Case raises nothing by its capitals alone', () => {
    const body = ['Talks resumed in Geneva.'];
    expect(
      kinds(
        findings(
          doc(body, 'Trump hints at progress in peace talks'),
          doc(body, 'Trump Hints At Progress In Peace Talks'),
        ),
      ),
    ).toEqual([]);
  });
});

describe('negative cases', () => {
  test('a typographic change raises nothing', () => {
    const from = doc(['“Negotiations are ongoing,” Zelensky said — Ukraine’s team is returning.']);
    const to = doc(['"Negotiations are ongoing," Zelensky said - Ukraine\'s team is returning.']);
    expect(kinds(findings(from, to))).toEqual([]);
  });

  test('a synonym-only change raises nothing', () => {
    const from = doc(['The talks in Geneva were long, and both delegations attended them.']);
    const to = doc(['The negotiations in Geneva were long, and both delegations attended them.']);
    expect(kinds(findings(from, to))).toEqual([]);
  });
});

describe('cases a review found (each raised a false or wrong finding before)', () => {
  test('“May” the month in a sentence-case headline is not a hedge', () => {
    const body = ['The vote was announced.'];
    expect(kinds(findings(doc(body, 'Election set for May 5'), doc(body, 'Election set for June 5')))).not.toContain(
      'framing/hedge dropped',
    );
  });

  test('a quotation kept word for word is kept, even when a shorter one resembles it', () => {
    const from = doc(['“We will win,” the president said.', 'Later he added: “We will win this war.”']);
    const to = doc(['Later the president said: “We will win this war.”']);
    const quotations = compareDocuments(from, to).findings.filter((finding) => finding.kind === 'quotation');
    expect(quotations.find((finding) => finding.from.excerpt === 'We will win this war')?.change).toBe('kept');
    expect(quotations.map((finding) => finding.change)).not.toContain('altered');
  });

  test('an apostrophe before a number (“the ’90s”) opens no quotation', () => {
    const list = findings(
      doc(["Since the '90s prices may have risen, officials said."]),
      doc(["Since the '90s prices have risen, officials said."]),
    );
    expect(kinds(list)).toEqual(['hedge/dropped']);
  });

  test('a figure written another way (“$1.2bn”, “$1.2 billion”) is the same figure', () => {
    expect(
      kinds(findings(doc(['The company lost $1.2bn last year.']), doc(['The company lost $1.2 billion last year.']))),
    ).toEqual([]);
  });

  test('a headline whose verb turns from “claims” to “confirms” is a framing change', () => {
    const body = ['The minister spoke.'];
    expect(
      kinds(findings(doc(body, 'Minister claims vaccine is safe'), doc(body, 'Minister confirms vaccine is safe'))),
    ).toEqual(['framing/verb changed']);
  });

  test('“Austria” and “Australia” are two names; “President” of “President Joe Biden” is what went', () => {
    expect(
      findings(
        doc(['Officials from Austria attended the ceremony.']),
        doc(['Officials from Australia attended the ceremony.']),
      ).map((f) => f.explanation),
    ).toContain('The rewrite no longer mentions “Austria”.');
    const biden = findings(
      doc(['The bill was signed by President Joe Biden on Tuesday.']),
      doc(['The bill was signed by Joe Biden on Tuesday.']),
    );
    expect(biden.map((finding) => finding.explanation)).toEqual(['The rewrite no longer mentions “President”.']);
  });

  test('“On Monday, officials said” names nobody: vaguer, naming the whole name it replaced', () => {
    const vaguer = findings(
      doc(['On Monday, Foreign Minister Dmytro Kuleba said the talks had failed.']),
      doc(['On Monday, officials said the talks had failed.']),
    ).find((finding) => finding.change === 'vaguer');
    expect(vaguer?.explanation).toBe(
      'The rewrite says “officials” where the original named “Foreign Minister Dmytro Kuleba”: the reader no longer learns who.',
    );
  });

  test('a heading moved with its text, unchanged, is not renamed', () => {
    const heading = (text: string) => ({ type: 'heading' as const, text });
    const paragraph = (text: string) => ({ type: 'paragraph' as const, text });
    const background = [
      heading('Background'),
      paragraph('The dispute began in 2019 over water rights along the river.'),
    ];
    const reaction = [
      heading('Reaction'),
      paragraph('Farmers protested outside the ministry for three days in a row.'),
    ];
    const list = findings({ body: [...background, ...reaction] }, { body: [...reaction, ...background] });
    expect(list.map((finding) => finding.explanation)).not.toContain(
      'The section heading “Background” is now “Background”.',
    );
  });

  test('an agency’s letters in a place or a person’s name are no credit', () => {
    expect(
      kinds(
        findings(
          doc(['Heavy rain hit coastal AP on Sunday, officials said.']),
          doc(['Heavy rain hit coastal Andhra Pradesh on Sunday, officials said.']),
        ),
      ),
    ).not.toContain('attribution/dropped');
  });
});

describe('which findings are listed to a reader', () => {
  test('a finding from the listed salience up, except a quotation kept word for word', () => {
    expect(isListed({ salience: LISTED_SALIENCE, kind: 'hedge', change: 'dropped' })).toBe(true);
    expect(isListed({ salience: LISTED_SALIENCE - 0.01, kind: 'hedge', change: 'dropped' })).toBe(false);
    expect(isListed({ salience: 1, kind: 'quotation', change: 'kept' })).toBe(false);
    expect(isListed({ salience: 1, kind: 'quotation', change: 'trimmed' })).toBe(true);
  });
});
