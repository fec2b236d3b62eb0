import { describe, expect, it } from 'vitest';
import { commands } from './commands/index.js';
import { runCli } from './test-support.js';

describe('gov-report (command line)', () => {
  it('prints the Chinese help by default and English with --lang en', async () => {
    const zh = await runCli(['--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('用法：');
    expect(zh.stdout).toContain('validate');
    const en = await runCli(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage:');
    expect(en.stdout).not.toContain('用法：');
  });

  it('prints help for one command with its options and examples', async () => {
    const result = await runCli(['validate', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('gov-report validate');
    expect(result.stdout).toContain('--blank-as-zero');
    expect(result.stdout).toContain('示例：');
  });

  it.each(commands.map((c) => c.name))('documents every option of %s in both languages', async (name) => {
    const spec = commands.find((c) => c.name === name)!;
    for (const lang of ['zh', 'en']) {
      const result = await runCli([name, '--help', '--lang', lang]);
      expect(result.code).toBe(0);
      for (const option of Object.keys(spec.options)) expect(result.stdout).toContain(`--${option}`);
      const lines = result.stdout.split('\n');
      const start = lines.findIndex((line) => line === (lang === 'en' ? 'Usage:' : '用法：'));
      const usage = lines.slice(start + 1, lines.indexOf('', start));
      expect(usage.length).toBeGreaterThan(0);
      if (lang === 'en') for (const line of usage) expect(line).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('exits 2 with a Chinese message and a suggestion for an unknown command', async () => {
    const result = await runCli(['valdate', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('没有 valdate 这个命令');
    expect(result.stderr).toContain('gov-report validate');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for an unknown option and suggests the closest one', async () => {
    const result = await runCli(['validate', '.', '--blank-as-zeros']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('不认识的选项 --blank-as-zeros');
    expect(result.stderr).toContain('--blank-as-zero？');
  });

  it('exits 2 when a required argument is missing, in English with --lang en', async () => {
    const result = await runCli(['validate', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing files or folders to check');
    expect(result.stderr).toContain('gov-report validate --help');
  });

  it('exits 2 for a bad --lang', async () => {
    const result = await runCli(['--lang', 'fr', '--help']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lang 只能是 zh 或 en');
  });

  it('reports a usage error as one JSON document with --json', async () => {
    const result = await runCli(['validate', 'no-such-folder', '--json']);
    expect(result.code).toBe(2);
    const document = JSON.parse(result.stdout);
    expect(document).toMatchObject({ command: 'validate', ok: false, error: { kind: 'usage' } });
    expect(document.error.message).toContain('no-such-folder');
    expect(result.stderr).toBe('');
  });

  it('prints the version', async () => {
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('--json everywhere', () => {
  it('prints command help as JSON', async () => {
    const result = await runCli(['aggregate', '--help', '--json', '--lang', 'en']);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.command).toBe('aggregate');
    expect(document.options.map((o: { name: string }) => o.name)).toContain('--roster');
  });
});
