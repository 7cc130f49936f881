/**
 * Keeps the chosen view of a comparison in the address (?view=original), so that a link opens the
 * same view, and opens the view the address names. The radio buttons and the stylesheet switch
 * views without it (src/comparison-view/view-switch.ts).
 */

/** Radio buttons already bound: a comparison inserted again, or init called twice, binds each once. */
const bound = new WeakSet<HTMLInputElement>();

/** Binds the view switch's radio buttons under `root` and picks the view the address names. */
export function initViewSwitch(root: ParentNode = document): void {
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[data-view]')];
  const chosen = new URLSearchParams(location.search).get('view');
  const match = radios.find((radio) => radio.value === chosen);
  if (match !== undefined) match.checked = true;
  for (const radio of radios) {
    if (bound.has(radio)) continue;
    bound.add(radio);
    radio.addEventListener('change', () => {
      const url = new URL(location.href);
      if (radio.value === 'both') url.searchParams.delete('view');
      else url.searchParams.set('view', radio.value);
      history.replaceState(null, '', url);
    });
  }
}
