import { mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { rmSync as removeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import type { CommandContext } from '../command.js';
import { JobError, UsageError } from '../errors.js';
import type { InputFile } from '../inputs.js';
import { CHECKING_SCHEMA } from '@report/core';
import { acquireLock, type OutputLock } from './output-lock.js';

/** The schema of `checking.json` (core's), by which a folder is known to hold an earlier run's outputs. */
export { CHECKING_SCHEMA };

/**
 * A set of outputs written as a whole or not at all. Files are written into a fresh staging folder
 * beside the target; `commit` moves the complete set into place (the earlier set is moved aside and
 * removed, so no file of an earlier run survives beside the new ones); `abort`, a failure or an
 * interrupt (Ctrl-C, SIGTERM) removes the staging folder and leaves the earlier set as it was. A lock
 * beside the target stops a second run on the same folder.
 */
export interface OutputSet {
  /** The target folder (absolute). */
  readonly target: string;
  /** Where a file of the set is written now (inside the staging folder). */
  path(name: string): string;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export function isInside(path: string, folder: string): boolean {
  const relativePath = relative(folder, path);
  return relativePath !== '' && !relativePath.startsWith('..') && !isAbsolute(relativePath);
}

/** Whether a folder holds an earlier run's outputs (its `checking.json` says so). */
export async function isOutputSet(folder: string): Promise<boolean> {
  try {
    const checking = JSON.parse(await readFile(join(folder, 'checking.json'), 'utf8')) as { schema?: unknown };
    return checking.schema === CHECKING_SCHEMA;
  } catch {
    return false;
  }
}

/** The nearest existing folder at or above a path, resolved through links. */
async function existingAncestor(path: string): Promise<string> {
  for (let current = path; ; current = dirname(current)) {
    try {
      return await realpath(current);
    } catch {
      if (dirname(current) === current) return current;
    }
  }
}

/** Pseudo file systems where folders cannot hold a report (and where mkdir may never settle). */
const systemRoots = ['/proc', '/sys', '/dev'];

/**
 * Refuses an output folder that cannot take a set: under /proc, /sys or /dev; a file; a folder
 * holding inputs of this run (an input is never overwritten); a non-empty folder that is not an
 * earlier run's output set (its other files would be lost when the set is replaced).
 */
export async function checkOutputTarget(context: CommandContext, target: string, inputs: readonly InputFile[]): Promise<void> {
  const { text, output } = context;
  const shown = output.path(target);
  const real = await existingAncestor(target);
  if (systemRoots.some((root) => real === root || real.startsWith(`${root}/`))) {
    throw new UsageError(text(`不能把结果写入系统文件夹 ${shown}`, `cannot write outputs into the system folder ${shown}`), { command: 'aggregate', hint: text('请用 -o 指定一个普通文件夹，如 汇总结果/。', 'Give an ordinary folder with -o, such as out/.') });
  }
  let info;
  try {
    info = await stat(target);
  } catch {
    return;
  }
  if (!info.isDirectory()) {
    throw new UsageError(text(`${shown} 是一个文件，-o 应为文件夹`, `${shown} is a file; -o takes a folder`), { command: 'aggregate' });
  }
  const previousSet = await isOutputSet(target);
  const input = inputs.find((file) => isInside(file.path, target));
  if (input && !previousSet) {
    throw new UsageError(text(`输出文件夹 ${shown} 中有收到的报表 ${output.path(input.path)}：为防止覆盖报表，不写入该文件夹`, `the output folder ${shown} holds the input ${output.path(input.path)}; not written, so no input is overwritten`), {
      command: 'aggregate',
      hint: text('请用 -o 指定另一个文件夹（空文件夹，或上次汇总的输出文件夹）。', 'Give another folder with -o (an empty one, or the output folder of an earlier run).'),
    });
  }
  if (!previousSet && (await readdir(target)).length > 0) {
    throw new UsageError(text(`${shown} 不是空文件夹，也不是上次汇总的输出文件夹：为免删除其中的其他文件，不写入`, `${shown} is neither empty nor the output folder of an earlier run; not written, so its other files are not lost`), {
      command: 'aggregate',
      hint: text('请用 -o 指定一个空文件夹或新文件夹。', 'Give an empty or new folder with -o.'),
    });
  }
}

/** Opens a set of outputs for `target`: takes the lock, makes the staging folder, and cleans up on interrupt. */
export async function openOutputSet(context: CommandContext, target: string): Promise<OutputSet> {
  const { text, output } = context;
  const parent = dirname(target);
  try {
    await mkdir(parent, { recursive: true });
  } catch (error) {
    throw new JobError(text(`无法创建输出文件夹 ${output.path(parent)}：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, `cannot create the output folder ${output.path(parent)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`));
  }
  const lock: OutputLock = await acquireLock(context, target);
  let staging: string;
  try {
    staging = await mkdtemp(join(parent, `.${basename(target)}.writing-`));
  } catch (error) {
    await lock.release();
    throw new JobError(text(`无法在 ${output.path(parent)} 中写入：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, `cannot write in ${output.path(parent)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`));
  }
  const onSignal = (signal: NodeJS.Signals) => {
    // Nothing of this run reaches the target: the staging folder and the lock go, the earlier set stays.
    removeSync(staging, { recursive: true, force: true });
    lock.releaseSync();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let closed = false;
  const close = async () => {
    closed = true;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await lock.release();
  };
  return {
    target,
    path: (name) => join(staging, name),
    async commit() {
      if (closed) return;
      const aside = `${join(parent, `.${basename(target)}.previous-`)}${process.pid}`;
      let movedAside = false;
      try {
        try {
          await rename(target, aside);
          movedAside = true;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        await rename(staging, target);
      } catch (error) {
        if (movedAside) await rename(aside, target).catch(() => undefined);
        await rm(staging, { recursive: true, force: true });
        await close();
        throw new JobError(text(`无法把结果放入 ${output.path(target)}：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}；原有的结果保持不变`, `cannot move the outputs into ${output.path(target)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; the earlier outputs are unchanged`), {
          hint: text('请关闭正在使用该文件夹中文件的程序（如 Excel）后重试。', 'Close programs using files in that folder (such as Excel) and retry.'),
          cause: error,
        });
      }
      if (movedAside) await rm(aside, { recursive: true, force: true });
      await close();
    },
    async abort() {
      if (closed) return;
      await rm(staging, { recursive: true, force: true });
      await close();
    },
  };
}

