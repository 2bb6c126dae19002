import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

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
    files: ['src/main/handlers/**/*.ts'],
    // Handlers are async by contract so a thrown AppError reaches the router as a rejection; some have nothing to await.
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['test/unit/**/*.ts', 'test/components/**/*.{ts,tsx}'],
    // Vitest types its asymmetric matchers (expect.any, expect.stringMatching) as any, and they sit inside expected objects.
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/components/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
)
