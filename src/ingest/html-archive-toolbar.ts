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

/** Removes the archive's toolbar from the page; true when there was one. */
export function removeArchiveToolbar(document: Document): boolean {
  let removed = false;
  for (const comment of comments(document)) {
    if (!BEGIN.test(comment.data) || comment.parentNode === null) continue;
    // Everything from the opening comment to its closing one (or the end of its parent).
    for (let node: ChildNode | null = comment; node !== null;) {
      const next: ChildNode | null = node.nextSibling;
      const last = node.nodeType === COMMENT && END.test((node as Comment).data);
      node.remove();
      if (last) break;
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
