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
export function convertWithLibreOffice(
  inputs: string[],
  target: string,
  outDirectory: string,
  profile = mkdtempSync(join(tmpdir(), 'report-lo-profile-')),
  inputFilter?: string,
): string[] {
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...(inputFilter ? [`--infilter=${inputFilter}`] : []), '--convert-to', target, '--outdir', outDirectory, ...inputs],
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

/**
 * Opens web pages (.html) in LibreOffice Calc, as a clerk pastes a published table into a
 * spreadsheet, and saves each as .xlsx: rowspan and colspan become merged cells, figures numbers.
 */
export function convertHtmlToXlsx(inputs: string[], outDirectory: string, profile?: string): string[] {
  return convertWithLibreOffice(inputs, 'xlsx:Calc MS Excel 2007 XML', outDirectory, profile, 'HTML (StarCalc)');
}
