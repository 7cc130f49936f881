/**
 * Removes a news page's chrome before Readability looks for the article: scripts and styles,
 * navigation, cookie banners, share buttons, ads, newsletter boxes, "Read more" lists and comments.
 * Readability scores such boxes down but keeps some of them (a share bar inside the article is one
 * short paragraph among long ones); removing them first, by what pages call them, keeps them out of
 * the body for certain.
 */

/** Elements that are never article text, whatever their class. */
const NEVER_TEXT = [
  'script', 'style', 'noscript', 'template', 'link', 'meta', 'iframe', 'object', 'embed', 'canvas', 'svg',
  'nav', 'aside', 'footer', 'form', 'button', 'input', 'select', 'textarea', 'dialog',
  '[hidden]', '[aria-hidden="true"]',
  '[role="navigation"]', '[role="banner"]', '[role="complementary"]', '[role="contentinfo"]',
  '[role="dialog"]', '[role="alertdialog"]', '[role="search"]', '[role="menu"]', '[role="toolbar"]',
].join(', ');

/**
 * Words in class names and ids that mark chrome, matched as whole words of a name split at hyphens
 * and underscores ("share-bar", "ad_slot", "c-newsletter"), so that "shadow" or "header" never match.
 */
const CHROME_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'social', 'newsletter', 'subscribe', 'subscription', 'signup',
  'related', 'recommended', 'readmore', 'recirculation', 'outbrain', 'taboola', 'trending', 'mostread',
  'comment', 'comments', 'disqus', 'replies',
  'ad', 'ads', 'adslot', 'adunit', 'advert', 'advertisement', 'dfp', 'promo', 'sponsored', 'sponsor',
  'cookie', 'cookies', 'consent', 'gdpr', 'paywall', 'banner', 'popup', 'modal', 'overlay',
  'breadcrumb', 'breadcrumbs', 'nav', 'navbar', 'navigation', 'menu', 'sidebar', 'masthead', 'toolbar',
]);
/** Two-word names that mark chrome only together ("read-more", "sign-up", "most-read"). */
const CHROME_PAIRS = new Set(['read more', 'sign up', 'most read', 'more stories', 'also read', 'see also', 'more on']);

/** Elements that hold the article itself: never removed, whatever their class says ("article ad-free"). */
const ARTICLE_CONTAINERS = 'html, body, main, article, [itemprop="articleBody"], [role="main"]';

/** Removes chrome from the page in place. */
export function removeChrome(document: Document): void {
  document.querySelectorAll(NEVER_TEXT).forEach((element) => {
    if (!holdsArticle(element)) element.remove();
  });
  document.querySelectorAll('[class], [id]').forEach((element) => {
    if (isChromeName(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`) && !holdsArticle(element)) {
      element.remove();
    }
  });
}

/** True when a class or id list names chrome. */
export function isChromeName(names: string): boolean {
  return nameWords(names).some((words) => words.some((word, index) => CHROME_WORDS.has(word) || CHROME_PAIRS.has(`${word} ${words[index + 1] ?? ''}`)));
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
