import type { Catalog } from './types.js';

/** Codes of the `gov-report` command line (@report/cli): files on disk, the received-date register, pairing reports by organ. */
export const cliCodes = {
  'file-unreadable': {
    severity: 'error',
    title: { zh: '文件无法读取', en: 'File cannot be read' },
    message: { zh: '无法读取文件“{file}”：{reason}', en: 'Cannot read the file "{file}": {reason}' },
    cause: {
      zh: '文件没有读取权限、正被其他程序独占，或在读取时被移走。',
      en: 'The file has no read permission, is locked by another program, or was moved while being read.',
    },
    fix: {
      zh: '关闭占用该文件的程序（如 Excel、WPS），检查文件权限，或把文件复制到本地文件夹后重新运行。',
      en: 'Close the program holding the file (Excel, WPS), check its permissions, or copy it to a local folder and run again.',
    },
  },
  'received-date-missing': {
    severity: 'warning',
    title: { zh: '未登记收到日期', en: 'No received date registered' },
    message: {
      zh: '收到日期登记表“{manifest}”中没有文件“{file}”，无法判断是否逾期',
      en: 'The received-date register "{manifest}" has no line for "{file}"; lateness cannot be judged',
    },
    cause: {
      zh: '用 --received 指定了收文登记表，但其中没有这个文件名（可能文件改过名，或漏登记）。',
      en: 'A register was given with --received, but it has no line with this file name (renamed, or not registered).',
    },
    fix: {
      zh: '在登记表中补上一行：文件名和收到日期（如 2025-01-15）。',
      en: 'Add a line to the register with the file name and the date received (e.g. 2025-01-15).',
    },
  },
  'compare-duplicate-organ': {
    severity: 'warning',
    title: { zh: '同一年度有多份报告', en: 'Several reports for one year' },
    message: {
      zh: '{year}年度有多份“{organ}”的报告，只比较了“{used}”，未比较“{file}”',
      en: 'There are several {year} reports of "{organ}"; "{used}" was compared, "{file}" was not',
    },
    cause: {
      zh: '按机关配对比较时，同一文件夹里同一机关的报告不止一份（如修改后重报而旧文件未删）。',
      en: 'Pairing by organ found more than one report of the same organ in one folder (e.g. a corrected copy next to the old one).',
    },
    fix: {
      zh: '删除或移走作废的文件，只保留最终版本后重新比较。',
      en: 'Remove the superseded file, keep the final version, and compare again.',
    },
  },
} satisfies Catalog;
