import fs from 'node:fs';
import { renderPdf, renderAggregatePdf } from './src/index.ts';
import { township2021, department2019, egongReport, countyAggregate } from './src/__fixtures__/reports.ts';
const county = countyAggregate();
console.log(county.completeness.missing, county.completeness.late.map(o => o.organ), county.report.members?.length, county.diagnostics.filter(d=>d.severity==='error').map(d=>d.message).slice(0,5));
for (const [name, make] of [['t2021', () => renderPdf(township2021())], ['d2019', () => renderPdf(department2019())], ['egong', () => renderPdf(egongReport())], ['county', () => renderAggregatePdf(county)]] as const) {
  const t = performance.now();
  const res = await make();
  console.log(name, (performance.now() - t).toFixed(0), 'ms', res.pdf.length, 'bytes', res.pageCount, 'pages', res.diagnostics.filter(d => d.code !== 'render-font-substituted').map(d => d.message));
  fs.writeFileSync(`/tmp/pdfprobe/${name}.pdf`, res.pdf);
}
