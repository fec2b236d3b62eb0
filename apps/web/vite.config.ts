import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { findConfigFile, readPluginConfig, webOutputs, type WebOutputs } from './scripts/build-options.mjs';

/**
 * Two builds from one source:
 * - `vite build --mode site`   → `dist/`: a static site (worker and font as separate files, loaded from 'self');
 * - `vite build --mode single` → `dist-single/gov-report.html`: one file, scripts, styles, the worker
 *   (as a blob) and the font (as base64) inlined, that works opened from `file://` with no network.
 *
 * A province builds its own copy with its plugins: `GOV_REPORT_CONFIG=path/to/gov-report.config.json`
 * (the CLI's config file: `{ "plugins": ["./my-plugin.mjs", ["@x/plugin", { …options }]] }`, or an `.mjs`
 * whose default export is that, naming modules), else a `gov-report.config.{json,mjs}` in this folder.
 * Its plugins are bundled after the built-in ones. `GOV_REPORT_WEB_OUT=OUT` writes `OUT/site/` and
 * `OUT/gov-report.html` instead of `dist/` and `dist-single/` (see scripts/build-options.mjs).
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
        const file = findConfigFile();
        if (!file) return 'export const configuredPlugins = [];\nexport const configFile = undefined;\n';
        this.addWatchFile(file);
        const entries = await readPluginConfig(file);
        const imports: string[] = [];
        const values: string[] = [];
        for (const [index, entry] of entries.entries()) {
          const resolved = await this.resolve(entry.specifier, file);
          if (!resolved) throw new Error(`${file}: 找不到插件 ${entry.specifier}（相对路径从配置文件所在文件夹算起）\n${file}: cannot find the plugin ${entry.specifier} (relative paths start from the config file's folder)`);
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

/** The single file: the CSP allows exactly its inline scripts, by their SHA-256; the built `index.html` becomes `gov-report.html`. */
function singleFileCsp({ singleDir, singleFile }: WebOutputs): Plugin {
  return {
    name: 'gov-report-single-csp',
    apply: 'build',
    enforce: 'post',
    closeBundle() {
      const from = join(singleDir, 'index.html');
      if (!existsSync(from)) return;
      let html = readFileSync(from, 'utf8');
      const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => `'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
      html = html.replace(/<meta charset="utf-8" \/>/i, (m) => `${m}\n    ${cspMeta(contentSecurityPolicy(hashes))}`);
      writeFileSync(singleFile, html);
      rmSync(from);
    },
  };
}

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  const outputs = webOutputs();
  return {
    root: here,
    base: './',
    logLevel: 'warn',
    plugins: [govReportModules(single), ...(single ? [viteSingleFile({ removeViteModuleLoader: true }), singleFileCsp(outputs)] : [siteCsp()])],
    worker: { format: 'iife', plugins: () => [govReportModules(single)] },
    // A province's plugin may live outside the repository: its `@report/core` imports are the app's own copy.
    resolve: { dedupe: ['@report/core'] },
    build: {
      outDir: single ? outputs.singleDir : outputs.site,
      emptyOutDir: single ? outputs.emptySingleDir : true,
      target: 'es2022',
      // The PDF engine and the workbook reader are big; the size that matters is printed by scripts/size-budget.mjs.
      chunkSizeWarningLimit: 8000,
      assetsInlineLimit: single ? 100_000_000 : 4096,
      reportCompressedSize: false,
    },
  };
});
