import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { JobError } from './errors.js';
import { safeFileName } from '@report/core';
import type { Text } from './text.js';

/** A file name made safe for Windows and Linux folders (core's, which the county job's 退回/ uses too). */
export { safeFileName };

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes a file, creating its folder; a failure becomes a JobError with the reason in words. */
export async function writeOutput(path: string, content: string | Uint8Array, text: Text, shown: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? text('没有写入权限', 'permission denied')
        : code === 'ENOSPC'
          ? text('磁盘空间不足', 'the disk is full')
          : code === 'EISDIR'
            ? text('这是一个文件夹', 'it is a folder')
            : code === 'ENOTDIR' || code === 'EEXIST'
              ? text('路径中有同名文件挡住了文件夹', 'a file is in the way of a folder on the path')
              : code === 'EBUSY'
                ? text('文件正被其他程序（如 Excel）打开', 'the file is open in another program (such as Excel)')
                : (code ?? (error as Error).message);
    throw new JobError(text(`无法写入 ${shown}：${reason}`, `cannot write ${shown}: ${reason}`), {
      hint: text('请换一个输出位置，或关闭占用该文件的程序后重试。', 'Choose another output location, or close the program using the file and retry.'),
      cause: error,
    });
  }
}
