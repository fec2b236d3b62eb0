import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.preset';

export default defineConfig(packageConfig());
