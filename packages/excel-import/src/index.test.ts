import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@report/excel-import public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual(['annotateWorkbook', 'createTemplate', 'defaultLimits', 'excelPlugin', 'fillTemplate', 'readRosterWorkbook', 'readWorkbook', 'writeSummaryWorkbook']);
  });
});
