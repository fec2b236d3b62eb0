import fs from 'node:fs';
import { renderPdf, renderAggregatePdf } from './src/index.ts';
import { township2021, department2019, egongReport, countyAggregate } from './src/__fixtures__/reports.ts';
for (const [name, make] of [['t2021', () => renderPdf(township2021())], ['d2019', () => renderPdf(department2019())], ['egong', () => renderPdf(egongReport())], ['county', () => renderAggregatePdf(countyAggregate())]] as const) {
  const res = await make();
  fs.writeFileSync(`/tmp/pdfprobe/${name}.pdf`, res.pdf);
}
