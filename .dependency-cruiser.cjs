/**
 * The import rules of the house (`npm run lint` runs `depcruise src`): no import circles, pure
 * core, storage and import below the UI, and inside src/ui nothing imports upward: App.tsx on top,
 * the screens below it, the shared pieces below the screens.
 */
const SCREENS = '(start|newAnalysis|questionnaire|results|werkplan|importing|compare|workshop|present|pages|scan)';
const SHARED = '(shell|components|chart|comparison|guidance|export|actions)';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'An import circle.', from: {}, to: { circular: true } },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core imports nothing of the other layers.',
      from: { path: '^src/core/' },
      to: { path: '^src/(ui|storage|import|pwa|i18n)/|^src/main' },
    },
    {
      name: 'storage-below-ui',
      severity: 'error',
      comment: 'Storage knows nothing of the screens, the import or i18n.',
      from: { path: '^src/storage/' },
      to: { path: '^src/(ui|import|pwa|i18n)/|^src/main' },
    },
    {
      name: 'import-below-ui',
      severity: 'error',
      comment: 'The import worker and its client know nothing of the screens.',
      from: { path: '^src/import/' },
      to: { path: '^src/(ui|pwa|i18n)/|^src/main' },
    },
    {
      name: 'ui-uses-repositories',
      severity: 'error',
      comment: 'Screens reach storage only through a repository (src/storage/*Repo.ts).',
      from: { path: '^src/ui/' },
      to: { path: '^src/storage/', pathNot: '^src/storage/[A-Za-z]+Repo\\.ts$' },
    },
    {
      name: 'nothing-imports-the-app',
      severity: 'error',
      comment: 'App.tsx is the top: only main.tsx imports it.',
      from: { pathNot: '^src/main\\.tsx$' },
      to: { path: '^src/(ui/App\\.tsx|main\\.tsx)$' },
    },
    {
      name: 'shared-below-screens',
      severity: 'error',
      comment: 'Shared UI pieces (shell, components, chart, …) never import a screen.',
      from: { path: `^src/ui/${SHARED}/` },
      to: { path: `^src/ui/${SCREENS}/` },
    },
    {
      name: 'screens-not-sideways',
      severity: 'error',
      comment: 'A screen never imports another screen: what several screens use lives in a shared folder.',
      from: { path: `^src/ui/${SCREENS}/` },
      to: { path: `^src/ui/${SCREENS}/`, pathNot: '^src/ui/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '[.](json|css)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
