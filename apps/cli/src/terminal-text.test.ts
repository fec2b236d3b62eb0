import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setCell } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from './terminal-text.js';
import { runCli, temporaryFolder } from './test-support.js';

const hostile = '青山镇\u001b[2J\u0007\r✓ 通过\u202e府政民人';

describe('terminalSafe', () => {
  it('escapes control and bidi characters, keeps printable text and the tool’s own colours', () => {
    expect(terminalSafe(hostile)).toBe('青山镇\\e[2J\\x07\\r✓ 通过\\u{202e}府政民人');
    expect(terminalSafe('a\nb\tc\u0085\u2066d')).toBe('a\\nb\tc\\x85\\u{2066}d');
    expect(terminalSafe('\u001b[31m错误\u001b[39m')).toBe('\u001b[31m错误\u001b[39m');
    expect(terminalSafe('普通文字 plain 123')).toBe('普通文字 plain 123');
  });
});

describe('printed input text', () => {
  it('reaches the terminal escaped: an organ name and a file name with ESC, BEL, CR, newline and U+202E', async () => {
    const folder = await temporaryFolder();
    try {
      const report = createExampleReport({ year: 2024, seed: 3, organ: { name: hostile, level: 'township' } });
      setCell(report, { table: 'applications', row: 'newReceived', column: 'total' }, 99999);
      await writeFile(join(folder.path, `坏\u001b[2J\n✓ 通过.json`), JSON.stringify(report));
      const result = await runCli(['validate', folder.path], { cwd: folder.path });
      expect(result.code).toBe(1);
      const printed = result.stdout + result.stderr;
      expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
      expect(printed).toContain('\\e[2J');
      expect(printed).toContain('坏\\e[2J\\n✓ 通过.json');
      // No line of the output starts with a forged pass mark.
      expect(printed.split('\n').some((line) => line.startsWith('✓ 通过'))).toBe(false);
    } finally {
      await folder.remove();
    }
  });
});
