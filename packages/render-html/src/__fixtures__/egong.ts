import { readFileSync } from 'node:fs';
import { importNarrativeText, type Report } from '@report/core';

/** The 鹅公镇 2019 narrative report (spec §12), a copy of the shared fixture. */
export const egongPath = new URL('./egong-2019-narrative.txt', import.meta.url);

export function egongText(): string {
  return readFileSync(egongPath, 'utf8');
}

/** The 鹅公镇 report as core's narrative importer reads it (a `legacy` report). */
export function egongReport(): Report {
  const result = importNarrativeText(readFileSync(egongPath), { file: 'egong-2019-narrative.txt' });
  if (!result.report) throw new Error(`fixture unreadable: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.report;
}
