import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual(['defaultMemberFigures', 'escapeHtml', 'fontStacks', 'htmlPlugin', 'renderAggregateHtml', 'renderDiagnosticsHtml', 'renderHtml', 'renderHtmlDocument', 'renderTable']);
  });
});
