/**
 * Next and previous change, and next and previous finding, by the navigator's buttons and by keys
 * (j and k for changes, n and p for findings). A change is a row whose text changed; a finding's
 * row is one that "What changed" links to. The page shows one comparison at a time, so the rows
 * are looked up in the whole document: a comparison inserted later is found too.
 */

const SELECTORS = {
  change: '.comparison-rows li.comparison-row:not(.row-unchanged)',
  finding: '.comparison-rows li.comparison-row.has-finding',
} as const;
type Kind = keyof typeof SELECTORS;
const KEYS: Readonly<Record<string, readonly [Kind, number]>> = {
  j: ['change', 1],
  k: ['change', -1],
  n: ['finding', 1],
  p: ['finding', -1],
};

/** Navigators, and documents whose keys are, already bound: each once however often init runs. */
const bound = new WeakSet<HTMLElement>();
const keyed = new WeakSet<Document>();

/** Moves to the next (step 1) or previous (-1) row of a kind, from the row at the top of the view. */
function go(kind: Kind, step: number): void {
  const rows = [...document.querySelectorAll<HTMLElement>(SELECTORS[kind])].filter((row) => row.offsetParent !== null);
  if (rows.length === 0) return;
  const current =
    document.activeElement instanceof HTMLElement && rows.includes(document.activeElement)
      ? document.activeElement
      : undefined;
  let target: HTMLElement | undefined;
  if (current !== undefined) target = rows[rows.indexOf(current) + step];
  else {
    // From the reading position: the first row below the top of the view, or the last above it.
    const below = rows.findIndex((row) => row.getBoundingClientRect().top > 1);
    target = step > 0 ? rows[below === -1 ? rows.length : below] : rows[(below === -1 ? rows.length : below) - 1];
  }
  if (target === undefined) return;
  target.tabIndex = -1;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  history.replaceState(null, '', `#${target.id}`);
}

/** Shows and binds the navigators under `root`, and binds the keys (once per document). */
export function initChangeNavigator(root: ParentNode = document): void {
  for (const nav of root.querySelectorAll<HTMLElement>('[data-change-navigator]')) {
    nav.hidden = false;
    if (bound.has(nav)) continue;
    bound.add(nav);
    nav.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-go]');
      if (button !== null) go(button.dataset['go'] as Kind, Number(button.dataset['step']));
    });
  }
  if (keyed.has(document)) return;
  keyed.add(document);
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target as Element;
    if (target.closest('input, textarea, select, [contenteditable="true"]') !== null) return;
    const binding = KEYS[event.key];
    if (binding === undefined) return;
    event.preventDefault();
    go(...binding);
  });
}
