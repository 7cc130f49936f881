// @ts-check
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/markdown/options.ts';

export default defineConfig({
  // Markdown goes through remark/rehype (Astro 7's default processor is not unified).
  markdown: { processor: unified(markdownOptions) },
  server: { host: '127.0.0.1', port: 4321 },
  trailingSlash: 'ignore',
  vite: { plugins: [tailwindcss()] },
});
