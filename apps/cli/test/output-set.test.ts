import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The output set of the built bin as real processes: interrupted, crashing and concurrent runs. */
const exec = promisify(execFile);
const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(app, '../..');
const bin = join(app, 'dist/cli.js');
const county = join(root, 'examples/demo-county');
const aggregateArgs = ['aggregate', join(county, 'submissions'), '--roster', join(county, 'roster.xlsx'), '--organ', '青山县人民政府', '--year', '2024', '-o', 'out'];

let folder: string;

function start(args: string[]) {
  const child = spawn(process.execPath, [bin, ...args], { cwd: folder, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolveDone) =>
    child.on('close', (code, signal) => resolveDone({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

async function snapshot(path: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  // Every file of the set, 退回/ included, by its path inside the set.
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const names = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(path.length + 1)).sort();
  for (const name of names) files[name] = createHash('sha256').update(await readFile(join(path, name))).digest('hex');
  return files;
}

beforeAll(async () => {
  if (!existsSync(bin)) await exec('npx', ['turbo', 'run', 'build', '--filter=@report/cli...', '--output-logs=errors-only'], { cwd: root });
  folder = await mkdtemp(join(tmpdir(), 'gov-report-set-'));
  const first = await start(aggregateArgs).done;
  expect(first.code, first.stderr).toBe(0);
}, 600_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the output set of gov-report aggregate', () => {
  it('interrupted with SIGINT while writing: the folder holds the earlier set, whole, and nothing of the run is left', async () => {
    const before = await snapshot(join(folder, 'out'));
    const run = start(aggregateArgs);
    // Wait until the run is writing its set (its staging folder has a file), then interrupt it.
    for (let waited = 0; waited < 60_000; waited += 20) {
      const staging = (await readdir(folder)).find((name) => name.startsWith('.out.writing-'));
      if (staging && (await readdir(join(folder, staging)).catch(() => [])).length > 0) break;
      await new Promise((wait) => setTimeout(wait, 20));
    }
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.code ?? result.signal).not.toBe(0);
    expect(await snapshot(join(folder, 'out'))).toEqual(before);
    expect((await readdir(folder)).sort()).toEqual(['out']);
  }, 120_000);

  it('a crash in the PDF step (a plugin whose renderer throws) leaves the earlier set whole and says which output failed', async () => {
    const before = await snapshot(join(folder, 'out'));
    const plugin = join(folder, 'broken-pdf.mjs');
    await writeFile(plugin, "export default { name: 'broken-pdf', renderers: [{ name: 'pdf', render() { throw new Error('字体坏了'); } }] };\n");
    const result = await start(['--plugin', plugin, ...aggregateArgs]).done;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('无法生成汇总年报（PDF）：输出“pdf”生成出错：字体坏了；本次的输出均未写入，原有结果保持不变');
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(await snapshot(join(folder, 'out'))).toEqual(before);
    expect((await readdir(folder)).sort()).toEqual(['broken-pdf.mjs', 'out']);
    await rm(plugin);
  }, 120_000);

  it('two runs at once into one folder: one writes, the other stops with a message, and the set is whole', async () => {
    const [a, b] = await Promise.all([start([...aggregateArgs, '--no-pdf']).done, start([...aggregateArgs, '--no-pdf']).done]);
    const codes = [a.code, b.code].sort();
    expect(codes).toEqual([0, 1]);
    const loser = a.code === 1 ? a : b;
    expect(loser.stderr).toMatch(/另一个汇总（进程 \d+，.+ 开始）正在写入 out，本次未写入/);
    expect(Object.keys(await snapshot(join(folder, 'out')))).toEqual(['checking.html', 'checking.json', 'report.docx', 'report.html', 'report.json', 'summary.xlsx', '退回/白云镇.xlsx', '退回/石门镇.xlsx']);
    expect((await readdir(folder)).sort()).toEqual(['out']);
  }, 120_000);
});
