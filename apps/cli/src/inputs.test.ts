import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from './inputs.js';
import { temporaryFolder } from './test-support.js';

describe('collectInputs', () => {
  it('walks folders recursively in pinyin order, skips lock and hidden files, lists missing paths', async () => {
    const folder = await temporaryFolder();
    await mkdir(join(folder.path, '乡镇'));
    await writeFile(join(folder.path, '乡镇', '白云镇.xlsx'), 'x');
    await writeFile(join(folder.path, '乡镇', '~$白云镇.xlsx'), 'x');
    await writeFile(join(folder.path, '安平镇.xlsx'), 'x');
    await writeFile(join(folder.path, '.hidden.xlsx'), 'x');
    await writeFile(join(folder.path, 'Thumbs.db'), 'x');
    const result = await collectInputs(['.', '安平镇.xlsx', 'missing'], folder.path);
    expect(result.files.map((f) => f.name)).toEqual(['安平镇.xlsx', '白云镇.xlsx']);
    expect(result.missing).toEqual(['missing']);
    await folder.remove();
  });
});
