import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.bench/**', 'test-results/**', 'playwright-report/**', 'dev-dist/**', '.e2e/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['.dependency-cruiser.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  {
    files: ['scripts/**/*.mjs', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The domain stays pure: it imports nothing of the UI, storage, PWA or i18n layers.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['preact', 'preact/*', 'idb', 'chart.js', 'chart.js/*', 'i18next', 'workbox-window'], message: 'src/core is pure domain code.' },
          { group: ['**/ui/**', '**/storage/**', '**/pwa/**', '**/i18n/**'], message: 'src/core imports nothing of the other layers.' },
        ],
      }],
    },
  },
  {
    // Components never talk to IndexedDB or chart.js directly (the layering is checked by
    // dependency-cruiser: .dependency-cruiser.cjs).
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/ui/chart/RadarChart.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['idb', 'chart.js', 'chart.js/*'], message: 'Use a repository from src/storage; chart.js only in RadarChart.' },
        ],
      }],
    },
  },
);
