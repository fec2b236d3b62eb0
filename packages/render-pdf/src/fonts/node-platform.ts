import type * as FileSystem from 'node:fs/promises';
import type * as Module from 'node:module';
import type * as Path from 'node:path';

/** The Node built-ins font discovery needs. */
export interface NodePlatform {
  fs: typeof FileSystem;
  path: typeof Path;
  module: typeof Module;
  platform: string;
  home: string | undefined;
  env: Record<string, string | undefined>;
}

interface ProcessWithBuiltins {
  versions?: { node?: string };
  platform: string;
  env: Record<string, string | undefined>;
  getBuiltinModule?: (id: string) => unknown;
}

/**
 * Node's file system and friends, or `undefined` in a browser. Reached through
 * `process.getBuiltinModule` (Node ≥ 20.16), so this module has no `import` of a Node built-in:
 * it loads in a browser and bundlers have nothing to resolve or polyfill.
 */
export function nodePlatform(): NodePlatform | undefined {
  const candidate = (globalThis as { process?: ProcessWithBuiltins }).process;
  if (!candidate?.versions?.node || typeof candidate.getBuiltinModule !== 'function') return undefined;
  const fs = candidate.getBuiltinModule('node:fs/promises') as typeof FileSystem | undefined;
  const path = candidate.getBuiltinModule('node:path') as typeof Path | undefined;
  const module = candidate.getBuiltinModule('node:module') as typeof Module | undefined;
  if (!fs || !path || !module) return undefined;
  return { fs, path, module, platform: candidate.platform, home: candidate.env.HOME ?? candidate.env.USERPROFILE, env: candidate.env };
}
