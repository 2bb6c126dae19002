import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { builtinModules } from 'node:module'

// Import boundaries between the app's parts. Each entry is an import-source regex and the reason
// it is refused; `types: true` still lets `import type` through (types vanish from the build).
// Each file matches at most one entry: a later entry's rule options would replace an earlier one's.
const ELECTRON = '^(electron|@electron-toolkit/.+)(/.*)?$'
const NODE_BUILTINS = `^(node:.+|(${builtinModules.join('|')})(/.*)?)$`
const boundaries = [
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    refuse: [
      {
        regex: '^(\\.\\./)+main(/|$)',
        message:
          'The renderer never imports src/main: it asks the main process through window.api (src/preload); shared code lives in src/shared.',
      },
      {
        regex: ELECTRON,
        message: 'The renderer is sandboxed and has no Electron: it asks the main process through window.api.',
      },
      {
        regex: NODE_BUILTINS,
        message: 'The renderer is sandboxed and has no Node built-ins: it asks the main process through window.api.',
      },
    ],
  },
  {
    files: ['src/preload/**/*.ts'],
    refuse: [
      {
        regex: '^zod(/.*)?$',
        message:
          "The preload runs before every page and stays tiny: it carries the contract's names, never its schemas, so no zod.",
      },
      {
        regex: '^\\.\\./shared/(?!contract/wire$)',
        types: true,
        message:
          'The preload takes values only from ../shared/contract/wire: the rest of src/shared carries zod schemas. Use `import type` for types.',
      },
    ],
  },
  {
    files: ['src/shared/**/*.ts'],
    refuse: [
      { regex: ELECTRON, message: 'src/shared runs in the renderer and the main process alike: no Electron here.' },
      { regex: NODE_BUILTINS, message: 'src/shared runs in the sandboxed renderer too: no Node built-ins here.' },
      {
        regex: '^(\\.\\./)+renderer(/|$)',
        message: 'src/shared must not depend on the renderer: its code is DOM-only.',
      },
      { regex: '^(\\.\\./)+main(/|$)', message: 'src/shared must not depend on the main process.' },
    ],
  },
  {
    files: ['src/main/**/*.ts'],
    // The thin Electron layer: the only main-process files that may use Electron.
    ignores: ['src/main/index.ts', 'src/main/window.ts', 'src/main/menu.ts', 'src/main/electron-*.ts'],
    refuse: [
      {
        regex: ELECTRON,
        message:
          'Only the Electron layer (src/main/index.ts, window.ts, menu.ts, electron-*.ts) imports Electron; handlers, store and services stay plain Node so tests run them without it.',
      },
    ],
  },
]

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      // Each file is checked with the tsconfig that owns it (tsconfig.json references node, web and test).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  // Plain JS (this file) belongs to no TypeScript program.
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/main/handlers/**/*.ts', 'test/unit/main/handlers/**/*.ts'],
    // Handlers (and the stand-ins their tests wrap) are async by contract so a thrown AppError reaches the router as a rejection; some have nothing to await.
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['test/unit/**/*.ts', 'test/components/**/*.{ts,tsx}'],
    // Vitest types its asymmetric matchers (expect.any, expect.stringMatching) as any, and they sit inside expected objects.
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  ...boundaries.map(({ files, ignores = [], refuse }) => ({
    files,
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: refuse.map(({ regex, message, types }) => ({ regex, message, allowTypeImports: types === true })) },
      ],
      // no-restricted-imports does not look at import(), and the renderer loads its views that way.
      'no-restricted-syntax': [
        'error',
        ...refuse.map(({ regex, message }) => ({
          selector: `ImportExpression > Literal[value=/${regex.replaceAll('/', '\\/')}/]`,
          message,
        })),
      ],
    },
  })),
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/components/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
)
