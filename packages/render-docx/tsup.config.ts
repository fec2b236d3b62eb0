import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.preset';

// `plugin` is a light entry: it loads the package itself (by its own name) only when it first works.
export default defineConfig(packageConfig({ entry: ['src/index.ts', 'src/plugin.ts'], external: ['@report/render-docx'] }));
