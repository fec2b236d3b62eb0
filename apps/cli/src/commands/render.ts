import type { CommandSpec } from '../command.js';

export const renderCommand: CommandSpec = {
  name: 'render',
  summary: { zh: '把报告生成为网页（HTML）、PDF 和 Word 文档，版式同国家规定的表格', en: 'render a report as HTML, PDF and Word in the official layout' },
  usage: {
    zh: ['<report.json | 工作簿.xlsx> [--html <输出.html>] [--pdf <输出.pdf>] [--docx <输出.docx>]'],
    en: ['<report.json | workbook.xlsx> [--html <out.html>] [--pdf <out.pdf>] [--docx <out.docx>]'],
  },
  description: {
    zh: '输入可以是报告 JSON（含 aggregate 生成的汇总报告）或填好的工作簿。至少给出 --html、--pdf、--docx 之一。\nPDF 为 A4，按党政机关公文格式（GB/T 9704）排版，嵌入中文字体。\nWord 文档（.docx）版式相同，供在 Word 或 WPS 中修改定稿。',
    en: 'The input is a report JSON (including the county report written by aggregate) or a filled workbook. Give --html, --pdf, --docx or several.\nThe PDF is A4, laid out after GB/T 9704, with Chinese fonts embedded.\nThe Word document (.docx) has the same layout, for finishing in Word or WPS.',
  },
  options: {
    'allow-errors': {
      type: 'boolean',
      description: { zh: '报告有错误时也生成（每页标注“未通过审核”）', en: 'render a report with errors too (every page marked as failing the checks)' },
    },
    html: { type: 'string', value: { zh: '文件', en: 'file' }, description: { zh: '输出的 HTML 文件', en: 'HTML file to write' } },
    pdf: { type: 'string', value: { zh: '文件', en: 'file' }, description: { zh: '输出的 PDF 文件', en: 'PDF file to write' } },
    docx: { type: 'string', value: { zh: '文件', en: 'file' }, description: { zh: '输出的 Word 文档（.docx）', en: 'Word document (.docx) to write' } },
  },
  positionals: { min: 1, max: 1, name: { zh: '报告文件', en: 'the report file' } },
  examples: [
    { command: 'render 青山镇.json --html 青山镇.html --pdf 青山镇.pdf', explanation: { zh: '生成网页和 PDF', en: 'HTML and PDF' } },
    { command: 'render out/report.json --pdf 青山县2024年报.pdf', explanation: { zh: '把汇总报告另存为 PDF', en: 'the county report as PDF' } },
    { command: 'render 青山镇.json --docx 青山镇.docx', explanation: { zh: '生成 Word 文档，在 Word 或 WPS 中修改', en: 'a Word document to edit in Word or WPS' } },
  ],
  load: () => import('./render-run.js'),
};
