// Bundles one service's entry (src/main.ts, as it is) with the workspace packages it imports into dist/main.js, so
// production runs plain `node dist/main.js`: no tsx, no TypeScript at run time. npm packages that load files next to
// their own module (PGlite's WebAssembly, Swagger UI's assets) or native add-ons stay external and are direct
// dependencies of the service, so they resolve from services/<svc>/node_modules in the repository and in an image.
//
// Workspace sources that locate files with `new URL(..., import.meta.url)` keep working: each module's
// import.meta.url is rewritten to its source file's URL relative to the bundle, so the repository layout (or the
// same layout in an image) is all it needs.
//
// Usage, from a service directory: node ../../scripts/bundle.mjs [[name=]entry...]  (default src/main.ts)
import { readFile, rm } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

/** Packages that must not be bundled: they read files beside their own module at run time. */
export const externalPackages = [
  '@electric-sql/pglite',
  '@fastify/swagger-ui',
  '@eventstore/db-client',
  'pg-native',
  'pino',
  'pino-pretty',
  'thread-stream',
];

const serviceDir = process.cwd();
const outDir = join(serviceDir, 'dist');
// Each argument is `name=path` (dist/<name>.js) or a path under src/ (dist/<its base name>.js).
const entries = process.argv.slice(2);
const entryPoints = (entries.length > 0 ? entries : ['src/main.ts']).map((entry) => {
  const [name, path] = entry.includes('=') ? entry.split('=', 2) : [basename(entry, extname(entry)), entry];
  return { out: name, in: resolve(serviceDir, path) };
});

const workspaceRoot = resolve(dirname(new URL(import.meta.url).pathname), '..');
const isWorkspaceSource = (path) =>
  path.startsWith(workspaceRoot) && !path.includes('/node_modules/') && /\.(ts|tsx|mts)$/.test(path);

/** Rewrites import.meta.url in workspace sources to the source file's own URL, relative to the bundle. */
const sourceRelativeUrls = {
  name: 'source-relative-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.(ts|tsx|mts)$/ }, async (args) => {
      if (!isWorkspaceSource(args.path)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return { contents: text, loader: 'ts' };
      const fromBundle = relative(outDir, args.path).split('\\').join('/');
      const replaced = text.replaceAll(
        'import.meta.url',
        `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`,
      );
      return { contents: replaced, loader: 'ts' };
    });
  },
};

// Chunk names carry a hash: clear the last build's, so that dist holds only what this build wrote.
await rm(outDir, { recursive: true, force: true });
const result = await build({
  entryPoints,
  outdir: outDir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Code reached only through import() (the KurrentDB adapter) goes into a chunk of its own, loaded when used.
  // Chunks sit beside the entries: the import.meta.url rewrite above counts paths from dist/.
  splitting: true,
  chunkNames: '[name]-[hash]',
  target: 'node20.19',
  sourcemap: 'linked',
  // Stack traces need the mappings, not a copy of every source file: the maps stay small enough to load at start.
  sourcesContent: false,
  metafile: true,
  logLevel: 'warning',
  external: externalPackages.flatMap((p) => [p, `${p}/*`]),
  // Bundled CommonJS (fastify, pg, kafkajs) calls require() for node built-ins; ESM has none, so provide one.
  banner: {
    js: "import { createRequire as __relocationCreateRequire } from 'node:module'; const require = __relocationCreateRequire(import.meta.url);",
  },
  plugins: [sourceRelativeUrls],
});

const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
for (const [file, output] of outputs) {
  process.stdout.write(`${relative(serviceDir, file)}: ${(output.bytes / 1024 / 1024).toFixed(1)} MiB\n`);
}
