import { describe, expect, it } from 'vitest';
import * as api from './index.js';
import * as plugin from './plugin.js';

describe('the public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(['defaultDocxFonts', 'docxFontRoles', 'docxMediaType', 'docxPlugin', 'renderAggregateDocx', 'renderDocx']);
    expect(Object.keys(plugin)).toEqual(['docxPlugin']);
  });
});
