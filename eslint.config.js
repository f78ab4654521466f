// Lint rules for the whole repository. Prettier owns formatting; ESLint owns correctness:
// TypeScript, the hooks rules for the Preact islands, accessibility in JSX and in .astro files.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers point down: pages use everything; components and islands use lib and schemas; lib uses
// schemas; schemas use nothing of ours but each other. Each entry names what a layer may not import.
const ABOVE_LIB = ['islands', 'components', 'layouts', 'pages', 'client', 'integrations', 'config'];
const FRAMEWORK = {
  // `astro/zod` is plain zod, re-exported by Astro; everything else of Astro's (and Preact) is a framework.
  regex: '^(astro($|:|/(?!zod$))|@astrojs/|preact($|/))',
  message: 'src/lib and src/schemas are plain TypeScript: no Astro, astro:* or Preact modules.',
};
/** A relative import that climbs out of the folder into one of these top-level folders of src. */
function intoFolders(folders, message) {
  return { regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message };
}
const layerRules = [
  {
    files: ['src/schemas/**'],
    patterns: [
      intoFolders(['lib', ...ABOVE_LIB], 'src/schemas is the bottom layer: it imports nothing from src/lib or above.'),
      FRAMEWORK,
    ],
  },
  {
    files: ['src/lib/**'],
    patterns: [
      intoFolders(ABOVE_LIB, 'src/lib imports only src/lib and src/schemas, never what builds on it.'),
      FRAMEWORK,
    ],
  },
  {
    files: ['src/islands/**'],
    patterns: [
      intoFolders(['components', 'layouts', 'pages'], 'Islands use src/lib and src/schemas, not Astro files.'),
    ],
  },
].map(({ files, patterns }) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } }));

export default defineConfig(
  { ignores: ['dist/', 'dist-base/', '.astro/', 'node_modules/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    settings: {
      // Preact writes the label's `for` as it is in HTML; React's `htmlFor` is accepted too.
      'jsx-a11y': { attributes: { for: ['for', 'htmlFor'] } },
    },
    rules: {
      // `const { dropped, ...rest } = value` is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/islands/**/*.tsx', 'src/islands/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The Astro plugin's jsx-a11y config registers the plugin for every file; these are
    // jsx-a11y's own recommended rules for the islands' JSX.
    files: ['**/*.tsx'],
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A table that scrolls sideways sits in a focusable region so that keyboard users can
      // scroll it (WCAG 2.1.1; axe's scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'], tags: [] }],
    },
  },
  ...layerRules,
);
