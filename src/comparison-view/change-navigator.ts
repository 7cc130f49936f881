/**
 * Next and previous change, and next and previous finding, as buttons (src/scripts/change-navigator.ts
 * also binds the keys j, k, n and p). The buttons need the script, so they stay hidden until it
 * shows them; the rows' anchors work either way.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';

/** The buttons: what each goes to, which way, its words and its key. */
const BUTTONS = [
  { go: 'change', step: -1, words: 'Previous change', key: 'k' },
  { go: 'change', step: 1, words: 'Next change', key: 'j' },
  { go: 'finding', step: -1, words: 'Previous finding', key: 'p' },
  { go: 'finding', step: 1, words: 'Next finding', key: 'n' },
] as const;

/** The navigator, hidden until its script runs. */
export function changeNavigator(): Element {
  return h(
    'nav',
    { 'aria-label': 'Changes', class: 'change-navigator no-print', 'data-change-navigator': '', hidden: true },
    BUTTONS.map(({ go, step, words, key }) =>
      h('button', { type: 'button', 'data-go': go, 'data-step': String(step) }, [`${words} `, h('kbd', key)]),
    ),
  );
}
