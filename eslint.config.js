import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'dev-dist/**', '.e2e/**', 'reports/**'] },
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
    // Components never talk to IndexedDB or chart.js directly.
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/ui/results/RadarChart.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['idb', 'chart.js', 'chart.js/*'], message: 'Use a repository from src/storage; chart.js only in RadarChart.' },
          { group: ['**/storage/db'], message: 'Use a repository, not the database module.' },
        ],
      }],
    },
  },
);
