// Bundles the islands (index.ts and the chunks it loads on demand) into public/islands/, and
// records the entry's address in bundle.json for the root layout. Run by `npm run build` before
// `next build`, and by `npm run dev` with --watch.
import * as esbuild from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

const OUT_DIR = 'public/islands';
const BUNDLE_RECORD = 'components/islands/bundle.json';

/** Writes bundle.json from a finished build: the one output that is the entry point. */
const recordEntry: esbuild.Plugin = {
  name: 'record-entry',
  setup(build) {
    build.onStart(() => rmSync(OUT_DIR, { recursive: true, force: true }));
    build.onEnd(({ metafile, errors }) => {
      if (errors.length || !metafile) return;
      const [entry] = Object.entries(metafile.outputs).filter(([, output]) => output.entryPoint);
      writeFileSync(BUNDLE_RECORD, `${JSON.stringify({ src: `/${relative('public', entry[0])}` }, null, 2)}\n`);
    });
  },
};

const options: esbuild.BuildOptions = {
  entryPoints: ['components/islands/index.ts'],
  outdir: OUT_DIR,
  bundle: true,
  format: 'esm',
  // The search dialog's code is a chunk of its own, fetched on first use.
  splitting: true,
  minify: true,
  // Every browser with custom elements, modules and speculation-free navigation alike.
  target: 'es2022',
  // Linked maps: the byte-budget test and `npm run bench` read them to count the site's own code.
  sourcemap: 'linked',
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
  plugins: [recordEntry],
};

if (process.argv.includes('--watch')) {
  await (await esbuild.context(options)).watch();
} else {
  await esbuild.build(options);
}
