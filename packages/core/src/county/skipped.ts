import type { SkipReason } from './types.js';
import { textFor } from './job-stop.js';

/** Why a file name is never a submission (Office lock files, hidden files, OS thumbnails), or `undefined`. */
export function skipReasonOf(name: string): SkipReason | undefined {
  if (name.startsWith('~$')) return 'office-lock';
  if (name.startsWith('.')) return 'hidden';
  if (/^(thumbs\.db|desktop\.ini)$/i.test(name)) return 'system';
  return undefined;
}

const reasons: Record<SkipReason, [string, string]> = {
  hidden: ['隐藏文件', 'a hidden file'],
  'office-lock': ['Office 打开文件时留下的临时锁文件（~$ 开头），不是报表', 'an Office lock file (~$…), not a report'],
  system: ['系统文件', 'a system file'],
  symlink: ['符号链接：为安全起见不跟随，请把文件本身放入文件夹', 'a symbolic link: not followed for safety; put the file itself in the folder'],
  special: ['不是普通文件', 'not a regular file'],
  'previous-output': ['上次汇总写出的结果（在输出文件夹中），不是收到的报表', 'an output of an earlier run (in the output folder), not a submission'],
};

/** The reason a file was skipped, for a person. */
export function skipReasonText(reason: SkipReason, locale?: string): string {
  return textFor(locale)(...reasons[reason]);
}
