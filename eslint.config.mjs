// Lint: typescript-eslint's recommended rules, React's rules of hooks, and nothing that
// Prettier already decides (formatting is Prettier's alone: `npm run format`).
import { readdirSync, statSync } from 'node:fs'
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Features meet through public faces (DESIGN.md §6): code in cloudfunctions/<f>/ imports another
// feature only through its public.ts. Demo seeds (built in order) and migrations are exempt, as in
// tests/server/boundaries.test.ts, which also checks the tables each feature's queries name.
const features = readdirSync('cloudfunctions').filter((f) => statSync(`cloudfunctions/${f}`).isDirectory())
const throughPublicFaces = features.map((f) => ({
  files: [`cloudfunctions/${f}/**/*.ts`],
  ignores: ['**/seed*.ts', '**/migrations/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `(^|/)(${features.filter((o) => o !== f).join('|')})/(?!public$)`,
            message: 'Features meet through public faces: import only cloudfunctions/<feature>/public.ts',
          },
        ],
      },
    ],
  },
}))

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.data/',
      '.bench/',
      '.tmp/',
      '.swc/',
      'coverage/',
      'cloudfunctions/*/index.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Deliberate escapes (driver results, test doubles) are typed `any`; the type check covers the rest.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-require-imports': 'off',
      // Features add to the app's types by declaration merging: `interface Notices extends …{}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  ...throughPublicFaces,
  prettier,
)
