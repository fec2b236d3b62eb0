import type { Locale, Severity } from '@report/core';

/** What the annotated copy says, in the caller's language (Chinese by default). */
export interface AnnotationTexts {
  /** Name of the added first sheet. */
  sheetName: string;
  headers: readonly [number: string, severity: string, sheet: string, cell: string, item: string, problem: string, fix: string];
  severity: Readonly<Record<Severity, string>>;
  /** The first line of the list sheet. */
  title(file: string, counts: Readonly<Record<Severity, number>>): string;
  /** Before the fix in a comment. */
  fixLabel: string;
  /** The cell column of a problem that has no cell. */
  noCell: string;
  /** Author of the comments. */
  author: string;
}

const zh: AnnotationTexts = {
  sheetName: '问题清单',
  headers: ['序号', '严重程度', '工作表', '单元格', '项目', '问题', '如何修改'],
  severity: { error: '错误', warning: '警告', info: '提示' },
  title: (file, counts) =>
    `${file}：共 ${counts.error + counts.warning + counts.info} 个问题（${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 个提示）。点击“单元格”一栏可跳到该单元格；有问题的单元格已标色，并附批注说明如何修改。`,
  fixLabel: '如何修改',
  noCell: '—',
  author: 'gov-report 检查',
};

const en: AnnotationTexts = {
  sheetName: 'Problems',
  headers: ['No.', 'Severity', 'Sheet', 'Cell', 'Item', 'Problem', 'How to fix'],
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  title: (file, counts) => {
    const total = counts.error + counts.warning + counts.info;
    return `${file}: ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} note${counts.info === 1 ? '' : 's'}). Click a cell in the Cell column to go there; cells with a problem are coloured and carry a comment on how to fix them.`;
  },
  fixLabel: 'How to fix',
  noCell: '—',
  author: 'gov-report check',
};

export function annotationTexts(locale: Locale | undefined): AnnotationTexts {
  return locale === 'en' ? en : zh;
}
