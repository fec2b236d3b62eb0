import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

/**
 * Two builds from one source:
 * - `vite build --mode site`   → `dist/`: a static site (worker and font as separate files, loaded from 'self');
 * - `vite build --mode single` → `dist-single/gov-report.html`: one file, scripts, styles, the worker
 *   (as a blob) and the font (as base64) inlined, that works opened from `file://` with no network.
 *
 * A province builds its own copy with its plugins: `GOV_REPORT_CONFIG=path/to/gov-report.config.json`
 * (the CLI's config file: `{ "plugins": ["./my-plugin.mjs", ["@x/plugin", { …options }]] }`), else a
 * `gov-report.config.json` in this folder. Its plugins are bundled after the built-in ones.
 */
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const require = createRequire(import.meta.url);
const fontFile = join(dirname(require.resolve('@fontsource/noto-serif-sc/package.json')), 'files/noto-serif-sc-chinese-simplified-400-normal.woff');

/** The Content-Security-Policy of both builds: nothing but this page's own origin (and blobs it makes). */
function contentSecurityPolicy(scriptSources: string[]): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    // Inline styles: the rendered report documents (shown in sandboxed srcdoc frames, which inherit this policy) carry their CSS inline.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function cspMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}

function configPlugins(): { file?: string; entries: Array<{ specifier: string; options?: unknown; hasOptions: boolean }> } {
  const file = process.env.GOV_REPORT_CONFIG ? resolve(process.cwd(), process.env.GOV_REPORT_CONFIG) : join(here, 'gov-report.config.json');
  if (!existsSync(file)) {
    if (process.env.GOV_REPORT_CONFIG) throw new Error(`GOV_REPORT_CONFIG: no file ${file}`);
    return { entries: [] };
  }
  const config = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as { plugins?: unknown };
  const plugins = Array.isArray(config.plugins) ? config.plugins : [];
  const entries = plugins.map((item, index) => {
    const [specifier, options] = Array.isArray(item) ? item : [item];
    if (typeof specifier !== 'string') throw new Error(`${file}: plugins entry ${index + 1} should be a module path or package name, or [module, options]`);
    return { specifier, options, hasOptions: Array.isArray(item) && item.length > 1 };
  });
  return { file, entries };
}

/** The virtual modules: the config's plugins, the font, and the worker (inline in the single file). */
function govReportModules(single: boolean): Plugin {
  const ids = ['virtual:gov-report/plugins', 'virtual:gov-report/font', 'virtual:gov-report/worker'];
  return {
    name: 'gov-report-modules',
    resolveId(id) {
      return ids.includes(id) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id === '\0virtual:gov-report/plugins') {
        const { file, entries } = configPlugins();
        if (!file) return 'export const configuredPlugins = [];\nexport const configFile = undefined;\n';
        this.addWatchFile(file);
        const imports: string[] = [];
        const values: string[] = [];
        for (const [index, entry] of entries.entries()) {
          const resolved = await this.resolve(entry.specifier, file);
          if (!resolved) throw new Error(`${relative(root, file)}: cannot find the plugin ${entry.specifier}`);
          imports.push(`import * as plugin${index} from ${JSON.stringify(resolved.id)};`);
          values.push(`made(plugin${index}, ${JSON.stringify(entry.options ?? null)}, ${entry.hasOptions})`);
        }
        return [
          ...imports,
          // As the CLI's load-plugin: the default export, else `plugin`; a factory is called with the entry's options.
          'function made(module, options, hasOptions) { const value = module.default !== undefined ? module.default : module.plugin; return typeof value === "function" ? value(hasOptions ? options : undefined) : value; }',
          `export const configuredPlugins = [${values.join(', ')}];`,
          `export const configFile = ${JSON.stringify(relative(root, file))};`,
        ].join('\n');
      }
      if (id === '\0virtual:gov-report/font') {
        if (!single) return `import url from ${JSON.stringify(`${fontFile}?url`)};\nexport async function fontBytes() { const response = await fetch(url); if (!response.ok) throw new Error('font: ' + response.status); return new Uint8Array(await response.arrayBuffer()); }\n`;
        const base64 = readFileSync(fontFile).toString('base64');
        return `const base64 = ${JSON.stringify(base64)};\nexport async function fontBytes() { const binary = atob(base64); const bytes = new Uint8Array(binary.length); for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i); return bytes; }\n`;
      }
      if (id === '\0virtual:gov-report/worker') {
        return `export { default } from ${JSON.stringify(`${join(here, 'src/worker.ts')}?worker${single ? '&inline' : ''}`)};\n`;
      }
      return undefined;
    },
  };
}

/** The site: the CSP as a meta tag (scripts from 'self' only). */
function siteCsp(): Plugin {
  return {
    name: 'gov-report-site-csp',
    transformIndexHtml: { order: 'post', handler: (html) => html.replace(/<meta charset="utf-8" \/>/, (m) => `${m}\n    ${cspMeta(contentSecurityPolicy(["'self'"]))}`) },
  };
}

/** The single file: the CSP allows exactly its inline scripts, by their SHA-256; the file is renamed `gov-report.html`. */
function singleFileCsp(outDir: string): Plugin {
  return {
    name: 'gov-report-single-csp',
    apply: 'build',
    enforce: 'post',
    closeBundle() {
      const from = join(outDir, 'index.html');
      if (!existsSync(from)) return;
      let html = readFileSync(from, 'utf8');
      const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => `'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
      html = html.replace(/<meta charset="utf-8" \/>/i, (m) => `${m}\n    ${cspMeta(contentSecurityPolicy(hashes))}`);
      writeFileSync(join(outDir, 'gov-report.html'), html);
      renameSync(from, join(outDir, '.index.html.built'));
    },
  };
}

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  const outDir = join(here, single ? 'dist-single' : 'dist');
  return {
    root: here,
    base: './',
    logLevel: 'warn',
    plugins: [govReportModules(single), ...(single ? [viteSingleFile({ removeViteModuleLoader: true }), singleFileCsp(outDir)] : [siteCsp()])],
    worker: { format: 'iife', plugins: () => [govReportModules(single)] },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // The PDF engine and the workbook reader are big; the size that matters is printed by scripts/size-budget.mjs.
      chunkSizeWarningLimit: 8000,
      assetsInlineLimit: single ? 100_000_000 : 4096,
      reportCompressedSize: false,
    },
  };
});
