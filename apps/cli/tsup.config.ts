import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.preset';

// Entries: the programmatic `run(argv, io)` (index), the `gov-report` bin (cli, which keeps its
// `#!/usr/bin/env node` line) and the worker that reads files for `aggregate --jobs`.
//
// Start-up (decision 0016): the CLI is bundled with the repository's packages (from source, the
// `@report/source` condition) and with zod, date-fns and fflate, split into chunks by what each
// command loads (`lazyRun`, the pipeline loaded when a command runs). Node then reads a few dozen
// files at start-up instead of ~160 modules (zod alone is 95), and tree-shaking drops what the CLI
// never uses (zod's 64 locales). The heavy engines stay separate packages loaded on first use:
// exceljs, pdfkit, fontkit and the @fontsource face are dependencies of this package, so they are
// external and resolve from here.
export default defineConfig(
  packageConfig({
    entry: ['src/index.ts', 'src/cli.ts', 'src/load-worker.ts'],
    platform: 'node',
    splitting: true,
    // Minified: less source for Node to compile at start-up (stack traces: source maps, see cli.ts).
    minify: true,
    // Which sources each chunk holds, for test/startup-modules.test.ts (not published).
    metafile: true,
    dts: { entry: 'src/index.ts' },
    noExternal: [/^@report\//, 'zod', /^date-fns/, 'fflate'],
    esbuildOptions(options) {
      options.conditions = ['@report/source'];
    },
  }),
);
