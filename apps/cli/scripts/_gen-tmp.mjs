import { mkdir, writeFile, link } from 'node:fs/promises';
import { join } from 'node:path';
import { createPipeline } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { createTemplate, fillTemplate } from '@report/excel-import';
const n = Number(process.argv[2]); const dir = process.argv[3];
const form = createPipeline().getForm('gov-2021');
const blank = await createTemplate(form, { year: 2024 });
await mkdir(join(dir, 'inbox'), { recursive: true });
const names = Array.from({ length: n }, (_, i) => `第${i + 1}镇人民政府`);
for (let i = 0; i < n; i++) {
  const report = createExampleReport({ form, year: 2024, seed: (i % 500) + 1, organ: { name: names[i], level: 'township' } });
  await writeFile(join(dir, 'inbox', `${names[i].replace('人民政府','')}.xlsx`), fillTemplate(blank, report));
}
await writeFile(join(dir, 'roster.csv'), ['名称,层级,上级', '测试县人民政府,县,', ...names.map((name) => `${name},乡镇,测试县人民政府`)].join('\n'));
