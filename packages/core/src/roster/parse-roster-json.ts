import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { buildRoster, type RosterRecord } from './build-roster.js';
import { cellText, parseRosterDate } from './cell-text.js';
import { rosterFieldForHeader, type RosterField } from './roster-columns.js';
import type { RosterLoadOptions, RosterLoadResult } from './types.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A roster from JSON text: `{ "deadline": "2025-02-20", "entries": [ { "name": …, "level": …,
 * "creditCode": …, "divisionCode": …, "parent": …, "aliases": […], "deadline": … } ] }`, or just
 * the array of entries. Keys may also be the Chinese headers of the CSV form (名称, 层级, 上级…).
 * Diagnostics give the JSON path (`entries[2].creditCode`).
 */
export function parseRosterJson(text: string, options: RosterLoadOptions = {}): RosterLoadResult {
  const fileLocation = options.file ? { file: options.file } : {};
  const fail = (detail: string, path?: string): RosterLoadResult => ({
    roster: { entries: [], ...(options.file ? { file: options.file } : {}) },
    diagnostics: [createDiagnostic({ code: 'roster-json-invalid', params: { detail }, location: { ...fileLocation, ...(path ? { path } : {}) } }, options)],
  });
  const en = options.locale === 'en';
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return fail((error as Error).message);
  }
  const diagnostics: Diagnostic[] = [];
  let list: unknown;
  let deadline: string | undefined;
  let prefix = '';
  if (Array.isArray(data)) {
    list = data;
  } else if (isObject(data)) {
    const key = ['entries', 'organs', 'members', '名单', '机关'].find((k) => Array.isArray(data[k]));
    if (!key) return fail(en ? 'expected an array of entries, or an object with "entries"' : '应为机关数组，或含 "entries" 数组的对象');
    list = data[key];
    prefix = key;
    const deadlineValue = data.deadline ?? data['报送期限'];
    if (deadlineValue !== undefined) {
      deadline = parseRosterDate(deadlineValue);
      if (!deadline) {
        diagnostics.push(
          createDiagnostic(
            {
              code: 'roster-deadline-invalid',
              params: { organ: en ? 'the roster' : '名单', value: cellText(deadlineValue) },
              location: { ...fileLocation, path: 'deadline' },
            },
            options
          )
        );
      }
    }
  } else {
    return fail(en ? 'expected an array of entries, or an object with "entries"' : '应为机关数组，或含 "entries" 数组的对象');
  }
  const records: RosterRecord[] = [];
  (list as unknown[]).forEach((item, index) => {
    const path = `${prefix}[${index}]`;
    if (!isObject(item)) {
      diagnostics.push(
        createDiagnostic(
          {
            code: 'roster-json-invalid',
            params: { detail: en ? `entry ${index + 1} is not an object` : `第 ${index + 1} 项不是对象` },
            location: { ...fileLocation, path },
          },
          options
        )
      );
      return;
    }
    const values: Partial<Record<RosterField, unknown>> = {};
    for (const [key, value] of Object.entries(item)) {
      const field = rosterFieldForHeader(key);
      if (field && values[field] === undefined) values[field] = value;
    }
    records.push({ values, locate: (field) => ({ path: field ? `${path}.${field}` : path }) });
  });
  const built = buildRoster(records, { ...options, deadline });
  return { roster: built.roster, diagnostics: [...diagnostics, ...built.diagnostics] };
}
