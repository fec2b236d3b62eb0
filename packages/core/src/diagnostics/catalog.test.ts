import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogParts, diagnosticCatalog } from './catalog.js';
import { placeholders } from './create.js';
import { DIAGNOSTICS_DOC_COMMAND, DIAGNOSTICS_DOC_PATH, builtInRules, renderDiagnosticsDocument } from './document.js';

const here = dirname(fileURLToPath(import.meta.url));
const sourceRoot = resolve(here, '..');
const repositoryRoot = resolve(here, '../../../..');
const codes = Object.entries(diagnosticCatalog);
const REGENERATE = `Regenerate it with: ${DIAGNOSTICS_DOC_COMMAND}`;

describe('the diagnostic catalog', () => {
  it('every code has a zh and an en title, message, cause and fix, and a severity', () => {
    const gaps: string[] = [];
    for (const [code, entry] of codes) {
      for (const field of ['title', 'message', 'cause', 'fix'] as const) {
        for (const language of ['zh', 'en'] as const) {
          if (!entry[field]?.[language]?.trim()) gaps.push(`${code}: ${field}.${language} is missing`);
        }
      }
      if (!['error', 'warning', 'info'].includes(entry.severity)) gaps.push(`${code}: severity "${String(entry.severity)}"`);
    }
    expect(gaps, 'Complete these entries in packages/core/src/diagnostics/codes/*.ts').toEqual([]);
  });

  it('the zh and en messages use the same {placeholders}; a fix uses only the message’s; titles and causes none', () => {
    const mismatches: string[] = [];
    for (const [code, entry] of codes) {
      const zh = placeholders(entry.message.zh).sort();
      const en = placeholders(entry.message.en).sort();
      if (zh.join() !== en.join()) mismatches.push(`${code}: message zh {${zh.join('}, {')}} vs en {${en.join('}, {')}}`);
      const fixZh = placeholders(entry.fix.zh).sort();
      const fixEn = placeholders(entry.fix.en).sort();
      if (fixZh.join() !== fixEn.join()) mismatches.push(`${code}: fix zh {${fixZh.join('}, {')}} vs en {${fixEn.join('}, {')}}`);
      const unknown = fixZh.filter((name) => !zh.includes(name));
      if (unknown.length > 0) mismatches.push(`${code}: fix uses {${unknown.join('}, {')}}, which the message does not`);
      for (const field of ['title', 'cause'] as const) {
        for (const language of ['zh', 'en'] as const) {
          const stray = placeholders(entry[field][language]);
          if (stray.length > 0) mismatches.push(`${code}: ${field}.${language} has {${stray.join('}, {')}}, which is never filled`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('Chinese texts are Chinese and English texts have no Chinese punctuation', () => {
    const problems: string[] = [];
    for (const [code, entry] of codes) {
      for (const field of ['title', 'message', 'cause', 'fix'] as const) {
        if (!/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(entry[field].zh)) problems.push(`${code}: ${field}.zh has no Chinese`);
        if (/[，。：；！？]/.test(entry[field].en)) problems.push(`${code}: ${field}.en has Chinese punctuation`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('no code is defined in two parts (one would silently replace the other)', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const part of catalogParts) {
      for (const code of Object.keys(part.codes)) {
        if (seen.has(code)) duplicates.push(`${code} in codes/${seen.get(code)}.ts and codes/${part.id}.ts`);
        seen.set(code, part.id);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('every rule id of the built-in forms, the report-wide checks and compareYears has an entry of the same severity', () => {
    const rules = builtInRules();
    expect(rules.map((rule) => rule.id)).toEqual(expect.arrayContaining(['R2-1', 'R3-1', 'R3-7', 'R4-4', 'format-year-mismatch', 'submission-late']));
    const missing = rules.filter((rule) => !diagnosticCatalog[rule.id]).map((rule) => `${rule.id} (${rule.appliesTo.join(', ')})`);
    expect(missing, 'Add these rule ids to packages/core/src/diagnostics/codes/*.ts').toEqual([]);
    const severities = rules.filter((rule) => diagnosticCatalog[rule.id] && diagnosticCatalog[rule.id].severity !== rule.severity);
    expect(severities.map((rule) => `${rule.id}: rule ${rule.severity}, catalog ${diagnosticCatalog[rule.id].severity}`)).toEqual([]);
  });

  it('every code core’s source emits literally is in the catalog', () => {
    const files: string[] = [];
    const walk = (directory: string) => {
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        const path = join(directory, entry.name);
        if (entry.isDirectory() && entry.name !== '__fixtures__') walk(path);
        else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(path);
      }
    };
    walk(sourceRoot);
    const missing = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // `code: 'x'` in a diagnostic input (ReportError codes are passed positionally and not matched).
      for (const match of text.matchAll(/\bcode:\s*'([A-Za-z0-9-]+)'/g)) {
        if (!diagnosticCatalog[match[1]]) missing.add(`${match[1]} (${file.slice(sourceRoot.length + 1)})`);
      }
    }
    expect([...missing], 'Add these codes to packages/core/src/diagnostics/codes/*.ts').toEqual([]);
  });
});

describe(DIAGNOSTICS_DOC_PATH, () => {
  const path = resolve(repositoryRoot, DIAGNOSTICS_DOC_PATH);
  const read = () => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  };

  it('lists every code with its severity, titles, cause and fix', () => {
    const text = read();
    expect(text, `${DIAGNOSTICS_DOC_PATH} is missing. ${REGENERATE}`).not.toBe('');
    const missing = codes
      .filter(([code, entry]) => {
        const start = text.indexOf(`### \`${code}\` — `);
        if (start < 0) return true;
        const section = text.slice(start, text.indexOf('\n### ', start + 1) >>> 0);
        return ![entry.title.zh, entry.title.en, entry.severity, entry.cause.zh, entry.fix.en].every((part) => section.includes(part.replace(/\|/g, '\\|')));
      })
      .map(([code]) => code);
    expect(missing, `${DIAGNOSTICS_DOC_PATH} lacks these codes or their texts. ${REGENERATE}`).toEqual([]);
  });

  it('is up to date with the catalog', () => {
    // A failure here means a code or text changed in codes/*.ts (possibly another package's).
    expect(read() === renderDiagnosticsDocument(), `${DIAGNOSTICS_DOC_PATH} is stale. ${REGENERATE}`).toBe(true);
  });
});
