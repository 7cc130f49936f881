/**
 * The comparison on the page saved as one HTML file that reads anywhere, offline, for good: the
 * site's styles copied in, no script (the views switch with CSS alone), and a policy that lets the
 * file load nothing at all. Built as a DOM document and serialised by the browser.
 */

/** Controls that need the page's scripts, which the saved file does not carry. */
const SCRIPTED_CONTROLS = '.change-navigator, [data-change-navigator], script';

/** The policy of the saved file: its own inline styles and nothing else. */
const SAVED_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Makes the saved file of the comparison in `parts` and returns its blob address. */
export function saveAsPage(page: Document, parts: HTMLElement): string {
  const saved = page.implementation.createHTMLDocument('');
  const root = saved.documentElement;
  root.lang = page.documentElement.lang;
  const theme = page.documentElement.dataset['theme'];
  if (theme !== undefined) root.dataset['theme'] = theme;
  saved.head.replaceChildren(
    element(saved, 'meta', { charset: 'utf-8' }),
    element(saved, 'meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    element(saved, 'meta', { 'http-equiv': 'Content-Security-Policy', content: SAVED_POLICY }),
  );
  const title = saved.createElement('title');
  title.textContent = 'Two texts compared · Reworded';
  const style = saved.createElement('style');
  style.textContent = pageStyles(page);
  saved.head.append(title, style);

  const main = element(saved, 'main', { class: 'mx-auto max-w-6xl px-4 py-8 sm:px-6' });
  const heading = element(saved, 'h1', { class: 'font-serif text-3xl font-semibold' });
  heading.textContent = 'Two texts compared';
  const note = element(saved, 'p', { class: 'mt-2 text-sm text-muted' });
  note.textContent = `Compared with Reworded (${page.location.origin}) on ${new Date().toISOString().slice(0, 10)}.`;
  const copy = saved.importNode(parts, true);
  // The view the reader chose opens the file: a copy keeps attributes, not a radio button's state.
  const choices = [...parts.querySelectorAll<HTMLInputElement>('input')];
  copy.querySelectorAll<HTMLInputElement>('input').forEach((input, index) => {
    input.toggleAttribute('checked', choices[index]?.checked ?? false);
  });
  for (const control of copy.querySelectorAll(SCRIPTED_CONTROLS)) control.remove();
  for (const link of copy.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = link.getAttribute('href')!;
    if (href.startsWith('#')) continue;
    // The report JSON lived in the page that made the file: what is said of it would lead nowhere.
    if (href.startsWith('blob:')) (link.closest('p') ?? link).remove();
    else link.href = new URL(href, page.baseURI).href;
  }
  main.append(heading, note, copy);
  saved.body.className = page.body.className;
  saved.body.replaceChildren(main);
  const html = `<!doctype html>\n${root.outerHTML}\n`;
  return URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
}

/** Every rule of the page's own stylesheets, as text. */
function pageStyles(page: Document): string {
  const rules: string[] = [];
  for (const sheet of page.styleSheets) {
    for (const rule of sheet.cssRules) rules.push(rule.cssText);
  }
  return rules.join('\n');
}

function element(document: Document, name: string, attributes: Readonly<Record<string, string>>): HTMLElement {
  const made = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) made.setAttribute(key, value);
  return made;
}
