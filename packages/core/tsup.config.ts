import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.preset';

// Three entries: the main one for applications, `plugin` for plugin authors, `testing` for tests.
// Shared code is split into chunks, so a `ReportError` or a form is one value whichever entry
// it is imported from.
export default defineConfig(packageConfig({ entry: ['src/index.ts', 'src/plugin.ts', 'src/testing.ts'], splitting: true }));
