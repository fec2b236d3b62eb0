import { readFileSync, rmSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import type { CommandContext } from '../command.js';
import { JobError } from '../errors.js';

/** The lock of one output folder, held while a run writes its set. */
export interface OutputLock {
  release(): Promise<void>;
  /** For signal handlers, which cannot wait. */
  releaseSync(): void;
}

interface LockContent {
  pid: number;
  startedAt: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<target>.lock` (created exclusively beside the folder, since the folder itself is replaced):
 * a second run on the same folder stops with a message naming the process that holds it. A lock
 * whose process is gone (a crash, a killed run) is taken over.
 */
export async function acquireLock(context: CommandContext, target: string): Promise<OutputLock> {
  const { text, output } = context;
  const path = `${target}.lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      const content: LockContent = { pid: process.pid, startedAt: new Date().toISOString() };
      await handle.writeFile(`${JSON.stringify(content)}\n`);
      await handle.close();
      const mine = () => {
        try {
          return (JSON.parse(readFileSync(path, 'utf8')) as LockContent).pid === process.pid;
        } catch {
          return false;
        }
      };
      return {
        release: async () => {
          if (mine()) await rm(path, { force: true });
        },
        releaseSync: () => {
          if (mine()) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new JobError(text(`无法在 ${output.path(path)} 建立锁文件：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, `cannot create the lock ${output.path(path)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`));
      }
      let holder: LockContent | undefined;
      try {
        holder = JSON.parse(await readFile(path, 'utf8')) as LockContent;
      } catch {
        holder = undefined;
      }
      if (holder && alive(holder.pid)) {
        throw new JobError(text(`另一个汇总（进程 ${holder.pid}，${holder.startedAt} 开始）正在写入 ${output.path(target)}，本次未写入`, `another run (process ${holder.pid}, started ${holder.startedAt}) is writing ${output.path(target)}; nothing written`), {
          hint: text(`等它结束后再运行；若确认没有其他汇总在运行，删除 ${output.path(path)} 后重试。`, `Wait for it to finish; if no other run is going on, delete ${output.path(path)} and retry.`),
        });
      }
      // The run that held it is gone: take the lock over.
      await rm(path, { force: true });
    }
  }
  throw new JobError(text(`无法取得输出文件夹的锁 ${output.path(path)}`, `cannot take the lock ${output.path(path)}`));
}
