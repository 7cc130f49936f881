/**
 * A web archive's own markup in a saved snapshot: the Wayback Machine inserts its toolbar (the
 * capture calendar, "Wayback Machine", the snapshot count, a donation banner) at the top of every
 * page it shows, between `<!-- BEGIN WAYBACK TOOLBAR INSERT -->` and `<!-- END WAYBACK TOOLBAR
 * INSERT -->`, and a printed header "The Wayback Machine - https://web.archive.org/…". None of it is
 * the article, and the archive names it plainly, so it is removed before anything reads the page.
 */

/** Elements the archive inserts, by the ids it gives them. */
const TOOLBAR = '#wm-ipp-base, #wm-ipp, #wm-ipp-print, #donato';

const BEGIN = /^\s*BEGIN WAYBACK TOOLBAR INSERT\s*$/u;
const END = /^\s*END WAYBACK TOOLBAR INSERT\s*$/u;

/**
 * Removes the archive's toolbar from a page that is a snapshot (it holds the toolbar's opening
 * comment, or gives a web.archive.org address as its canonical or og:url); true when there was one.
 * Any other page is left alone: an id such as "donato" may be the page's own.
 */
export function removeArchiveToolbar(document: Document): boolean {
  const begins = comments(document).filter((comment) => BEGIN.test(comment.data));
  if (begins.length === 0 && !givesArchiveAddress(document)) return false;
  let removed = false;
  for (const begin of begins) {
    const end = closingComment(begin);
    // Without its closing comment beside it, the end of the toolbar is unknown: removing up to
    // the end of the parent (often <body>) would remove the article; the ids below do instead.
    if (end === undefined) continue;
    for (let node: ChildNode | null = begin; node !== null;) {
      const next: ChildNode | null = node === end ? null : node.nextSibling;
      node.remove();
      node = next;
    }
    removed = true;
  }
  for (const element of document.querySelectorAll(TOOLBAR)) {
    element.remove();
    removed = true;
  }
  return removed;
}

/** The END comment among the opening comment's following siblings, if it is there. */
function closingComment(begin: Comment): Comment | undefined {
  for (let node = begin.nextSibling; node !== null; node = node.nextSibling) {
    if (node.nodeType === COMMENT && END.test((node as Comment).data)) return node as Comment;
  }
  return undefined;
}

/** True when the page's canonical link or og:url is a web archive address. */
function givesArchiveAddress(document: Document): boolean {
  const addresses = [
    ...[...document.querySelectorAll('link[rel~="canonical" i]')].map((link) => link.getAttribute('href')),
    ...[...document.querySelectorAll('meta[property="og:url" i]')].map((meta) => meta.getAttribute('content')),
  ];
  return addresses.some((address) => address !== null && /^\s*(?:https?:)?\/\/web\.archive\.org\//iu.test(address));
}

const COMMENT = 8;

function comments(document: Document): Comment[] {
  const found: Comment[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === COMMENT) found.push(child as Comment);
      else walk(child);
    }
  };
  walk(document);
  return found;
}
