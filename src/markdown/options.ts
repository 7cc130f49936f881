/**
 * Options of the unified Markdown processor, shared by astro.config.mjs and the tests that check
 * what it renders. Both defaults are turned off because they change the text: SmartyPants would
 * curl a rewrite's straight quotes (a difference the comparison must see), and GFM would turn a
 * bare "www.example.com" into a link. Ingest writes only CommonMark, so nothing else needs GFM.
 * The one plugin shows the text's directional controls as the rest of the site does.
 */
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { rehypeVisibleBidiControls } from './rehype-visible-bidi-controls.ts';

export const markdownOptions: AstroMarkdownOptions = {
  gfm: false,
  smartypants: false,
  rehypePlugins: [rehypeVisibleBidiControls],
};
