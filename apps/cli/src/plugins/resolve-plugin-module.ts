import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a plugin module is: a file, or why it could not be found. */
export type ResolvedModule = { file: string } | { missing: 'file' | 'package'; tried: string };

/** `./a.mjs`, `../x/b.js`, `/abs/c.mjs`, `C:\d.mjs`, `file:///…`: a path, not a package name. */
function isPathSpecifier(specifier: string): boolean {
  return specifier.startsWith('.') || specifier.startsWith('file:') || isAbsolute(specifier) || /^[A-Za-z]:[\\/]/.test(specifier);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** `@scope/name/sub` → `['@scope/name', './sub']`. */
function splitPackageName(specifier: string): [string, string] {
  const parts = specifier.split('/');
  const length = specifier.startsWith('@') ? 2 : 1;
  const rest = parts.slice(length).join('/');
  return [parts.slice(0, length).join('/'), rest ? `./${rest}` : '.'];
}

/** The file an `exports` target names for an ES module import (conditions `import`, `node`, `default`). */
function exportTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) return target.map(exportTarget).find(Boolean);
  if (target && typeof target === 'object') {
    for (const condition of ['import', 'node', 'default']) {
      const found = exportTarget((target as Record<string, unknown>)[condition]);
      if (found) return found;
    }
  }
  return undefined;
}

interface PackageManifest {
  exports?: unknown;
  module?: string;
  main?: string;
}

/** The file of a package's `subpath` (`.` or `./sub`), from `exports`, else `module`, `main` or `index.js`. */
function packageEntry(manifest: PackageManifest, subpath: string): string | undefined {
  const { exports } = manifest;
  if (exports === undefined) return subpath === '.' ? (manifest.module ?? manifest.main ?? 'index.js') : subpath;
  const bySubpath = typeof exports === 'object' && exports !== null && !Array.isArray(exports) && Object.keys(exports).some((key) => key.startsWith('.'));
  if (!bySubpath) return subpath === '.' ? exportTarget(exports) : undefined;
  return exportTarget((exports as Record<string, unknown>)[subpath]);
}

/**
 * An ES-module-only package (its `exports` have `import` but no `require`), which `require.resolve`
 * refuses: found by walking up the `node_modules` folders from `directory`.
 */
function resolveImportOnlyPackage(specifier: string, directory: string): string | undefined {
  const [name, subpath] = splitPackageName(specifier);
  for (let folder = directory; ; folder = dirname(folder)) {
    const packageFolder = join(folder, 'node_modules', name);
    const manifestPath = join(packageFolder, 'package.json');
    if (existsSync(manifestPath)) {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PackageManifest;
      const entry = packageEntry(manifest, subpath);
      const file = entry ? resolve(packageFolder, entry) : undefined;
      return file && isFile(file) ? file : undefined;
    }
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * Finds a plugin module. A path resolves against `directory` (the config file's folder, or the
 * working directory for `--plugin`); a bare name resolves as a package installed for `directory`,
 * the way Node resolves an import from a file there.
 */
export function resolvePluginModule(specifier: string, directory: string): ResolvedModule {
  if (isPathSpecifier(specifier) || (/\.[cm]?js$/i.test(specifier) && isFile(resolve(directory, specifier)))) {
    const file = specifier.startsWith('file:') ? fileURLToPath(specifier) : resolve(directory, specifier);
    return isFile(file) ? { file } : { missing: 'file', tried: file };
  }
  const require = createRequire(join(directory, 'gov-report.config.json'));
  try {
    return { file: require.resolve(specifier) };
  } catch (error) {
    const file = (error as NodeJS.ErrnoException).code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' ? resolveImportOnlyPackage(specifier, directory) : undefined;
    return file ? { file } : { missing: 'package', tried: directory };
  }
}
