// @ts-check
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readFile, writeFile } from 'node:fs/promises';
import { markdownOptions } from './src/markdown/options.ts';

// A site built from another content folder (REWORDED_CONTENT, see src/content.config.ts) keeps
// its content cache there too, so that it never mixes with the real site's.
const contentDir = process.env.REWORDED_CONTENT;
// The content loaders read their folder as a URL, where "#" ends the path and "%" starts an
// escape: such a folder would build an empty site and report success. Refuse it by name.
if (contentDir !== undefined && /[#%]/u.test(contentDir)) {
  throw new Error(
    `REWORDED_CONTENT (${contentDir}): the site cannot be built from a folder whose path holds “#” or “%”. Fix: rename or move the folder.`,
  );
}
const base = process.env.BASE ?? '/';

/**
 * public/_headers names paths from the site's root (/*, /_astro/*). Under a sub-path (BASE), the
 * built copy's paths are moved under it, so that a host serving the site there still applies them.
 */
/** @type {import('astro').AstroIntegration} */
const headersUnderBase = {
  name: 'reworded:headers-under-base',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const prefix = base.replace(/\/+$/u, '');
      if (prefix === '') return;
      const file = new URL('_headers', dir);
      const text = await readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) return;
      await writeFile(file, text.replace(/^\/(?=\S*$)/gmu, `${prefix}/`));
    },
  },
};

export default defineConfig({
  // Where the site is published: SITE (its origin, https://example.org) and BASE (a sub-path such
  // as /reworded/ for a project site; / by default). Every internal address follows BASE.
  ...(process.env.SITE === undefined ? {} : { site: process.env.SITE }),
  base,
  integrations: [headersUnderBase],
  ...(contentDir === undefined ? {} : { cacheDir: `${contentDir}/.astro-cache` }),
  // Stylesheets (and scripts, below) are files, never inlined: the CSP header in public/_headers
  // can then say style-src 'self' and script-src 'self' without knowing each page's hashes.
  build: { inlineStylesheets: 'never' },
  /**
   * The pages' Content-Security-Policy (a <meta> element; public/_headers sends the same policy as
   * a header, with frame-ancestors, which only a header can carry). Astro adds the hashes of its
   * own scripts and styles to script-src and style-src; the site has no inline script of its own.
   * The search page alone adds 'wasm-unsafe-eval' for Pagefind's WebAssembly (src/pages/search.astro).
   * connect-src is each page's own (BaseLayout's `connect`): 'none' where a reader's texts are
   * compared, so that nothing they paste can leave the browser.
   */
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Markdown goes through remark/rehype (Astro 7's default processor is not unified).
  markdown: { processor: unified(markdownOptions) },
  server: { host: '127.0.0.1', port: 4321 },
  trailingSlash: 'ignore',
  // Scripts are files too, never inlined (Vite inlines small ones by default): the header CSP's
  // script-src 'self' then covers them.
  // The comparison page's worker imports modules, as the page's own script does. It lives in a
  // folder of its own, which public/_headers forbids to connect anywhere: a worker takes its policy
  // from its own script's response, not from the page's <meta>.
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
    worker: {
      format: 'es',
      rolldownOptions: {
        output: {
          entryFileNames: '_astro/workers/[name].[hash].js',
          chunkFileNames: '_astro/workers/[name].[hash].js',
        },
      },
    },
  },
});
