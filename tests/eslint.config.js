// @ts-check
// ESLint for the TypeScript and Astro sources. It lives under tests/ (the top level holds only the
// project's own folders), so `npm run lint` passes it with --config.
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/**', '.astro/**', 'node_modules/**', 'content/**', 'test-results/**', 'playwright-report/**'] },
  // Type-aware rules: they see what a value is, so they catch an unhandled promise, a stray `any`
  // or a `${}` of an object, which the syntax alone cannot show.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: new URL('..', import.meta.url).pathname },
    },
  },
  ...eslintPluginAstro.configs.recommended,
  // Astro components and plain JavaScript configs are outside the TypeScript program the
  // type-aware rules read; `astro check` type-checks the components instead.
  { files: ['**/*.astro', '**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
    },
  },
);
