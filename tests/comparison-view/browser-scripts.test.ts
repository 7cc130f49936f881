/**
 * The comparison's browser scripts (src/scripts), run on a document linkedom parses from the
 * built trees: the browser page calls them again on each comparison it inserts, so calling them
 * twice must bind nothing twice.
 */
import { parseHTML } from 'linkedom';
import { afterEach, expect, test, vi } from 'vitest';
import { changeNavigator } from '../../src/comparison-view/change-navigator.ts';
import { pageHtml } from '../../src/comparison-view/page-html.ts';
import { viewSwitch } from '../../src/comparison-view/view-switch.ts';
import { initChangeNavigator } from '../../src/scripts/change-navigator.ts';
import { initViewSwitch } from '../../src/scripts/view-switch.ts';

/** A page holding `html`, at `address`, as the scripts' globals. */
function page(html: string, address = 'https://example.org/stories/talks/') {
  const { document, Event } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const replaceState = vi.fn();
  vi.stubGlobal('document', document);
  vi.stubGlobal('location', new URL(address));
  vi.stubGlobal('history', { replaceState });
  return { document, Event, replaceState };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

test('opens the view the address names', () => {
  const { document } = page(pageHtml(viewSwitch({ from: 'Courier', to: 'Wire' })), 'https://example.org/?view=rewrite');
  initViewSwitch();
  expect(document.querySelector<HTMLInputElement>('#view-rewrite')?.checked).toBe(true);
});

test('keeps the chosen view in the address once, however often it is started', () => {
  const { document, Event, replaceState } = page(pageHtml(viewSwitch({ from: 'Courier', to: 'Wire' })));
  initViewSwitch();
  initViewSwitch(document);
  document.querySelector('#view-inline')?.dispatchEvent(new Event('change'));
  expect(replaceState).toHaveBeenCalledTimes(1);
  expect(String(replaceState.mock.calls[0]?.[2])).toBe('https://example.org/stories/talks/?view=inline');
});

test('shows the navigator it binds, under the root it is given', () => {
  const { document } = page(
    `<div id="a">${pageHtml(changeNavigator())}</div><div id="b">${pageHtml(changeNavigator())}</div>`,
  );
  initChangeNavigator(document.querySelector('#b')!);
  expect([...document.querySelectorAll<HTMLElement>('nav')].map((nav) => nav.hidden)).toEqual([true, false]);
});

test('binds the keys once, however often it is started', () => {
  const { document } = page(pageHtml(changeNavigator()));
  const listen = vi.spyOn(document, 'addEventListener');
  initChangeNavigator();
  initChangeNavigator();
  expect(listen.mock.calls.filter(([type]) => type === 'keydown').length).toBe(1);
});
