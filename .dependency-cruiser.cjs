/**
 * The house's floors (../shared/STYLE.md), checked on every `npm run lint` so they hold without
 * anyone remembering them: dependencies point down, and nothing goes round in a circle.
 *   entrypoints/ → components/, hooks/ → lib/ → lib/model/ → lib/linkedin/ (site knowledge), zod
 *   storage/ (Dexie) stands on lib/; lib/ never imports storage/.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'An import cycle: split the shared piece into the lower floor.', from: {}, to: { circular: true } },
    {
      name: 'lib-stands-on-nothing-above',
      severity: 'error',
      comment: 'lib/ is pure logic: it never imports storage/, components/, hooks/ or entrypoints/.',
      from: { path: '^lib/' },
      to: { path: '^(storage|components|hooks|entrypoints)/' },
    },
    {
      name: 'lib-is-pure',
      severity: 'error',
      comment: 'lib/ has no React, no Dexie and no browser API (lib/messaging.ts only defines the protocol).',
      from: { path: '^lib/', pathNot: '^lib/messaging\\.ts$' },
      to: { path: 'node_modules/(react|react-dom|dexie|dexie-react-hooks|wxt|@wxt-dev|@webext-core)/' },
    },
    {
      name: 'model-is-the-ground-floor',
      severity: 'error',
      comment: 'lib/model/ imports only zod, itself and site knowledge from lib/linkedin/.',
      from: { path: '^lib/model/' },
      to: { pathNot: '^(lib/model/|lib/linkedin/|node_modules/zod/)' },
    },
    {
      name: 'storage-is-persistence',
      severity: 'error',
      comment: 'storage/ stands on lib/ only: no React, components, hooks or entrypoints.',
      from: { path: '^storage/' },
      to: { path: '^(components|hooks|entrypoints)/|node_modules/(react|react-dom)/' },
    },
    {
      name: 'components-are-presentational',
      severity: 'error',
      comment: 'components/ get data as props: no storage/, no Dexie, no browser API.',
      from: { path: '^components/' },
      to: { path: '^(storage|entrypoints)/|node_modules/(dexie|dexie-react-hooks|wxt|@webext-core)/' },
    },
    {
      name: 'sidebar-and-content-script-never-open-the-database',
      severity: 'error',
      comment: 'The sidebar frame and the content script reach the database through the background only.',
      from: { path: '^entrypoints/(sidebar|linkedin\\.content)/' },
      to: { path: '^storage/(?!items\\.ts$)|node_modules/(dexie|dexie-react-hooks)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    webpackConfig: { fileName: '.dependency-cruiser-resolve.cjs' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
