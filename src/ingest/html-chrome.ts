/**
 * Removes a news page's chrome before Readability looks for the article: scripts and styles,
 * navigation, cookie banners, share buttons, ads, newsletter boxes, "Read more" lists and comments.
 * Readability scores such boxes down but keeps some of them (a share bar inside the article is one
 * short paragraph among long ones); removing them first, by what pages call them, keeps them out of
 * the body for certain.
 *
 * Names are a guess, and a wrong guess would delete article text with nobody the wiser, so the
 * removal is conservative: an element that reads like the article (a long paragraph of prose, or a
 * large share of the page's prose) stays whatever it is called, and Readability decides; an
 * element removed by its name that held text is reported, so that a misreading can be seen.
 *
 * Longer than most files here because of its lists of what pages call their furniture; the
 * removal itself is one pass, and the lists belong beside it.
 */

/** Elements that are never text: removed silently. */
const NOT_TEXT =
  'script, style, noscript, template, link, meta, iframe, object, embed, canvas, svg, button, input, select, textarea';

/**
 * Elements the page itself declares to be furniture, by their tag or role: removed without a
 * report, since that is no guess of ours. A `form` is not one: ASP.NET and other frameworks wrap
 * the whole page in one; Readability weighs the forms it finds inside the article.
 */
const DECLARED_CHROME = [
  'nav',
  'footer',
  'dialog',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[role="search"]',
  '[role="menu"]',
  '[role="toolbar"]',
].join(', ');
/**
 * Elements that are usually furniture but may hold the article's text: an `aside` is a sidebar or
 * an in-article fact box, a hidden element a menu or the rest of the article behind "Read more".
 */
const CHROME_ELEMENTS = `${DECLARED_CHROME}, aside, [hidden], [aria-hidden="true"]`;

/**
 * Words in class names and ids that mark chrome, matched as whole words of a name split at hyphens
 * and underscores ("share-bar", "ad_slot", "c-newsletter"), so that "shadow" or "header" never match.
 * Not "paywall": Google's markup for paid content wraps the paid paragraphs in `class="paywall"`.
 */
const CHROME_WORDS = new Set([
  'share',
  'sharing',
  'sharebar',
  'social',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'related',
  'recommended',
  'readmore',
  'recirculation',
  'outbrain',
  'taboola',
  'trending',
  'mostread',
  'comment',
  'comments',
  'disqus',
  'replies',
  'ad',
  'ads',
  'adslot',
  'adunit',
  'advert',
  'advertisement',
  'dfp',
  'promo',
  'sponsored',
  'sponsor',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'banner',
  'popup',
  'modal',
  'overlay',
  'breadcrumb',
  'breadcrumbs',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'sidebar',
  'masthead',
  'toolbar',
]);
/** Two-word names that mark chrome only together ("read-more", "sign-up", "most-read"). */
const CHROME_PAIRS = new Set(['read more', 'sign up', 'most read', 'more stories', 'also read', 'see also', 'more on']);
/** Words that make a name content whatever else it says: a quoted post is a "social-embed". */
const CONTENT_WORDS = new Set(['embed', 'embedded', 'tweet', 'paywall', 'paywalled', 'premium']);
/**
 * A name that describes a state of the page, not a box in it: "has-sidebar", "modal-open",
 * "c-ad-free", "no-ads". Such classes sit on the wrappers that hold the whole page.
 */
const STATE_FIRST_WORDS = new Set(['has', 'with', 'without', 'no', 'is', 'show', 'hide']);
const STATE_LAST_WORDS = new Set([
  'open',
  'opened',
  'active',
  'enabled',
  'disabled',
  'visible',
  'hidden',
  'free',
  'loaded',
  'on',
  'off',
]);

/** Elements that hold the article itself: never removed, whatever their class says ("article ad-free"). */
const ARTICLE_CONTAINERS = 'html, body, main, article, [itemprop="articleBody"], [role="main"]';

/**
 * A paragraph this long is prose, which chrome does not have: menus, share bars, ad labels and
 * sign-up boxes run to a sentence or two (a cookie notice to about 35 words), a news paragraph to
 * 25–60 words. An element holding one is left to Readability.
 */
const PROSE_WORDS = 40;
/** An element holding this share of the page's prose (words outside links) is the article or wraps it. */
const ARTICLE_SHARE = 0.3;
/** Chrome with this many words outside links held text a reader might miss, and is reported. */
const TEXT_WORDS = 8;

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

/** Removes chrome from the page in place; returns how each removed element that held text is named. */
export function removeChrome(document: Document): string[] {
  document.querySelectorAll(NOT_TEXT).forEach((element) => {
    if (!holdsArticle(element)) element.remove();
  });
  const pageWords = document.body === null ? 0 : proseWords(document.body);
  const removed: string[] = [];
  // In document order, so that the report reads as the page does.
  document.querySelectorAll(`${CHROME_ELEMENTS}, [class], [id]`).forEach((element) => {
    if (!element.isConnected) return; // Inside an element already removed.
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    const chrome = element.matches(CHROME_ELEMENTS) || isChromeName(names);
    const article = holdsArticle(element) || readsLikeArticle(element, pageWords);
    if (chrome && !article) {
      if (!element.matches(DECLARED_CHROME) && proseWords(element) >= TEXT_WORDS) removed.push(describe(element));
      element.remove();
    } else if (READABILITY_DROPS.some((pattern) => pattern.test(names)) && (article || mentionsChrome(names))) {
      // Kept as content ("social-embed", "c-ad-free", a long paragraph in a "promo"), but
      // Readability would drop it by the same name; without it, Readability weighs its text alone.
      element.removeAttribute('class');
      element.removeAttribute('id');
    }
  });
  return removed;
}

/**
 * Names for which Readability 0.6 (Readability.js, REGEXPS.unlikelyCandidates and .negative) drops
 * an element or scores it below zero, unless the name also says "article", "content", "main", ….
 * Update with Readability.
 */
const READABILITY_DROPS = [
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/iu,
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/iu,
];

/** True when a class or id list names chrome. */
export function isChromeName(names: string): boolean {
  const named = nameWords(names);
  if (named.some((words) => words.some((word) => CONTENT_WORDS.has(word)))) return false;
  return named
    .filter((words) => !STATE_FIRST_WORDS.has(words[0] ?? '') && !STATE_LAST_WORDS.has(words.at(-1) ?? ''))
    .some((words) =>
      words.some((word, index) => CHROME_WORDS.has(word) || CHROME_PAIRS.has(`${word} ${words[index + 1] ?? ''}`)),
    );
}

/** True when a name holds a word of chrome, whatever else it says ("social-embed", "has-sidebar"). */
function mentionsChrome(names: string): boolean {
  return nameWords(names).some((words) => words.some((word) => CHROME_WORDS.has(word)));
}

/** A class or id list as the words of each name: "c-share_bar main" -> [["c", "share", "bar"], ["main"]]. */
export function nameWords(names: string): string[][] {
  return names
    .toLowerCase()
    .split(/\s+/u)
    .map((name) => name.split(/[-_]+/u).filter((word) => word !== ''))
    .filter((words) => words.length > 0);
}

function holdsArticle(element: Element): boolean {
  return element.matches(ARTICLE_CONTAINERS) || element.querySelector(ARTICLE_CONTAINERS) !== null;
}

/** True for an element holding a paragraph of prose or a large share of the page's prose. */
function readsLikeArticle(element: Element, pageWords: number): boolean {
  const paragraphs = new Map<Node, number>();
  let total = 0;
  for (const [block, words] of textRuns(element)) {
    paragraphs.set(block, (paragraphs.get(block) ?? 0) + words);
    total += words;
  }
  return (
    (total > 0 && total >= ARTICLE_SHARE * pageWords) || [...paragraphs.values()].some((words) => words >= PROSE_WORDS)
  );
}

function proseWords(element: Element): number {
  return textRuns(element).reduce((sum, [, words]) => sum + words, 0);
}

/** Each text node outside links, as its nearest block ancestor (its paragraph) and its word count. */
function textRuns(root: Element): [Node, number][] {
  const runs: [Node, number][] = [];
  const visit = (node: Node, block: Node): void => {
    if (node.nodeType === 3) {
      const words = (node.textContent ?? '').split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
      if (words > 0) runs.push([block, words]);
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).localName.toLowerCase();
    if (tag === 'a') return; // Link text is a menu's or a teaser's, not prose.
    const inner = INLINE.has(tag) ? block : node;
    node.childNodes.forEach((child) => visit(child, inner));
  };
  visit(root, root);
  return runs;
}

/** How a warning names a removed element: its class, else its id, else its tag ("<aside>"). */
function describe(element: Element): string {
  const name = element.getAttribute('class')?.trim() || element.getAttribute('id')?.trim();
  return name === undefined || name === '' ? `<${element.localName.toLowerCase()}>` : name;
}
