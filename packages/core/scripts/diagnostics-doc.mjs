#!/usr/bin/env node
/**
 * Writes docs/diagnostics.md from the diagnostic catalog (packages/core/src/diagnostics/codes/*.ts).
 *
 *   npm run docs:diagnostics -w @report/core            regenerate the file
 *   npm run docs:diagnostics -w @report/core -- --check  exit 1 if the file is stale
 *
 * The catalog is TypeScript and Node 20 cannot run TypeScript, so the generator module is bundled
 * from source with esbuild in memory and imported from a data: URL (no build, never a stale dist).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { importSource, packageRoot } from './import-source.mjs';

const repositoryRoot = resolve(packageRoot, '../..');
const { renderDiagnosticsDocument, DIAGNOSTICS_DOC_PATH, DIAGNOSTICS_DOC_COMMAND } = await importSource('src/diagnostics/document.ts');

const target = resolve(repositoryRoot, DIAGNOSTICS_DOC_PATH);
const text = renderDiagnosticsDocument();

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    console.error(`${DIAGNOSTICS_DOC_PATH} is out of date. Run: ${DIAGNOSTICS_DOC_COMMAND}`);
    process.exit(1);
  }
  console.log(`${DIAGNOSTICS_DOC_PATH} is up to date.`);
} else {
  await writeFile(target, text);
  console.log(`Wrote ${DIAGNOSTICS_DOC_PATH} (${text.split('\n').length} lines).`);
}
