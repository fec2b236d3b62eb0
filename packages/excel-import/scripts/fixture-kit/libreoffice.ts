import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Whether `soffice` (LibreOffice) can be run here. */
export function hasLibreOffice(): boolean {
  const result = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  return result.status === 0 && /LibreOffice/.test(result.stdout);
}

/**
 * Converts files with headless LibreOffice (`soffice --convert-to`), in a private profile so
 * it runs beside any other LibreOffice. `target` is an extension or `ext:filter[:options]`.
 * Returns the paths written, in input order.
 */
export function convertWithLibreOffice(inputs: string[], target: string, outDirectory: string, profile = mkdtempSync(join(tmpdir(), 'report-lo-profile-'))): string[] {
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', target, '--outdir', outDirectory, ...inputs],
    { encoding: 'utf8', timeout: 240_000 },
  );
  const extension = target.split(':')[0];
  const outputs = inputs.map((input) => join(outDirectory, `${basename(input).replace(/\.[^.]+$/, '')}.${extension}`));
  const missing = outputs.filter((output) => !existsSync(output));
  if (result.status !== 0 || missing.length > 0) {
    throw new Error(`soffice --convert-to ${target} failed (status ${result.status}): ${result.stderr || result.stdout}; missing ${missing.join(', ')}`);
  }
  return outputs;
}
