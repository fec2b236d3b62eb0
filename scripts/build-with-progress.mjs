#!/usr/bin/env node
// Builds a workspace package and what it depends on with turbo, saying what it is doing: which
// package it is building, a line every 20 seconds while it works, the time it took. turbo's own
// output goes to a log shown only when the build fails. Progress is written to stderr, so a
// command's own output (`gov-report … --json`) stays clean.
//
//   node scripts/build-with-progress.mjs @report/cli
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = process.argv[2] ?? '@report/cli';
const turbo = join(root, 'node_modules', 'turbo', 'bin', 'turbo');
const say = (line) => process.stderr.write(`${line}\n`);
const seconds = (start) => Math.round((Date.now() - start) / 1000);
const elapsed = (start) => {
  const total = seconds(start);
  return total >= 60 ? `${Math.floor(total / 60)} 分 ${total % 60} 秒` : `${total} 秒`;
};

if (!existsSync(turbo)) {
  say(`找不到 turbo（${turbo}）：请先在仓库根目录运行 npm ci`);
  process.exit(1);
}

const start = Date.now();
say(`正在构建 ${target} 及其依赖的包（在新克隆的仓库上第一次构建约需几分钟，之后只构建改动过的包）…`);
const child = spawn(process.execPath, [turbo, 'run', 'build', `--filter=${target}...`, '--output-logs=new-only', '--log-prefix=task'], {
  cwd: root,
  env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const log = [];
const running = new Set();
let pending = '';
const read = (chunk) => {
  pending += chunk.toString('utf8');
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    log.push(line);
    const task = line.match(/^(@[\w-]+\/[\w-]+):build: /)?.[1];
    if (!task || running.has(task)) continue;
    running.add(task);
    say(/: cache hit/.test(line) ? `  ${task} 未改动，用上次的构建结果` : `  构建 ${task}（已用 ${elapsed(start)}）`);
  }
};
child.stdout.on('data', read);
child.stderr.on('data', read);
const heartbeat = setInterval(() => say(`  仍在构建（已用 ${elapsed(start)}）…`), 20_000);
child.on('close', (code) => {
  clearInterval(heartbeat);
  if (pending) log.push(pending);
  if (code === 0) {
    say(`构建完成，用时 ${elapsed(start)}。`);
    process.exit(0);
  }
  say(log.slice(-80).join('\n'));
  say(`构建失败（turbo 退出码 ${code}），上面是构建输出的最后部分。`);
  process.exit(code ?? 1);
});
