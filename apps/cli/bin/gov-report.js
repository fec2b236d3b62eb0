#!/usr/bin/env node
// `gov-report`: runs the built command line (dist/cli.js). Inside a checkout of the repository,
// where `npm ci` links this file but builds nothing, the first run builds the CLI and the packages
// it uses (with progress on stderr), then runs it; later runs start it directly. An installed
// package always has its dist.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'dist', 'cli.js');

if (!existsSync(cli)) {
  const root = join(here, '..', '..', '..');
  const builder = join(root, 'scripts', 'build-with-progress.mjs');
  if (!existsSync(builder) || !existsSync(join(here, '..', 'src', 'cli.ts'))) {
    process.stderr.write(`gov-report 没有构建好（缺少 ${cli}）：请重新安装 @report/cli。\n`);
    process.exit(1);
  }
  process.stderr.write('gov-report 还没有构建：先构建一次。\n');
  const { spawnSync } = await import('node:child_process');
  const build = spawnSync(process.execPath, [builder, '@report/cli'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (build.status !== 0 || !existsSync(cli)) process.exit(build.status || 1);
}

await import(pathToFileURL(cli).href);
