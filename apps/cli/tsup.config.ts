import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.preset';

// Two entries: the programmatic `run(argv, io)` (index) and the `gov-report` bin (cli, which keeps
// its `#!/usr/bin/env node` line). Shared code goes into one chunk; the CLI runs on Node only.
export default defineConfig(
  packageConfig({
    entry: ['src/index.ts', 'src/cli.ts', 'src/load-worker.ts'],
    platform: 'node',
    splitting: true,
    dts: { entry: 'src/index.ts' },
  }),
);
