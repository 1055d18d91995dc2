// The layers, held by dependency-cruiser (`npm run lint:layers`, part of `npm run lint` and so
// of `npm test`). Imports point down only:
//
//   src/cli, src/http        the entry points: the command line, the web server
//   src/views                TSX pages; take props, never touch the database
//   src/domain               rules and services
//   src/importers, src/site-archive, src/demo
//                            beside the domain, using it: imports, export/backup/restore, demo data
//   src/db                   connection, migrations, repositories
//   src/lib, src/config.ts   purpose-named helpers and the environment; below everything
//
// and nothing imports in a circle. Tests (`*.test.ts`) and their helpers in test/support may
// reach across layers to set a scene; they are held only to "no cycles".
// See docs/architecture.md.

/** Tests: free to reach any layer. */
const TESTS = ['\\.test\\.tsx?$'];

/** A rule that `from` (outside tests) may not import any of `to`. */
function layer(name, comment, from, to, extra = {}) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from, pathNot: TESTS },
    to: { path: to, ...extra },
  };
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Two modules that need each other are one module, or share something to move down.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    layer(
      'lib-below-all',
      'src/lib and src/config.ts are below every layer: they import none of the app.',
      '^src/(lib/|config\\.ts$)',
      '^src/(http|views|domain|db|importers|site-archive|demo|cli|admin-editor)/',
    ),
    layer(
      'db-below-domain',
      'src/db serves the domain: it imports only src/lib and src/config.ts.',
      '^src/db/',
      '^src/(http|views|domain|importers|site-archive|demo|cli|admin-editor)/',
    ),
    layer(
      'migrations-frozen',
      'A migration takes Kysely<any> and imports no app code, so that it never changes once merged.',
      '^src/db/migrations/',
      '^src/(?!db/migrations/)',
    ),
    layer(
      'domain-below-views',
      'src/domain imports only src/db, src/lib and src/config.ts (and its own areas).',
      '^src/domain/',
      '^src/(http|views|importers|site-archive|demo|cli|admin-editor)/',
    ),
    layer(
      'importers-beside-domain',
      'src/importers, src/site-archive and src/demo may use the domain, src/db and src/lib, never what sits above them.',
      '^src/(importers|site-archive|demo)/',
      '^src/(http|views|cli|admin-editor)/',
    ),
    layer(
      'views-take-props',
      'Views take props: they use the domain (types, pure rules) and src/lib, never src/db.',
      '^src/views/',
      '^src/(http|cli|db|importers|site-archive|demo|admin-editor)/',
    ),
    layer(
      'http-below-cli',
      'src/http serves requests; the command line starts it, not the other way round.',
      '^src/http/',
      '^src/(cli|admin-editor)/',
    ),
    layer(
      'routes-call-the-domain',
      'A route calls the domain, never a repository (types of rows are fine).',
      '^src/http/routes/',
      '^src/db/repositories/',
      { dependencyTypesNot: ['type-only'] },
    ),
    layer(
      'cli-apart',
      'The command line uses every layer but the admin editor (a browser bundle).',
      '^src/cli/',
      '^src/admin-editor/',
    ),
    layer(
      'admin-editor-apart',
      'The admin editor is a browser bundle (scripts/build.js): it imports no server code.',
      '^src/admin-editor/',
      '^src/(?!admin-editor/)',
    ),
    layer(
      'sources-not-tests',
      'Application code never imports test code.',
      '^(src|bin)/',
      '^test/',
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|data|coverage)/' },
    // Type-only imports count: a type that points up is as much a wrong turn as a value.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    cache: false,
  },
};
