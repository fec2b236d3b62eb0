import { packageProject } from '../../vitest.shared.ts';

/** The built app in headless Chromium: from file:// and from a local server. Builds it first if missing. */
export default packageProject('web', { testTimeout: 240_000, hookTimeout: 900_000, fileParallelism: false });
