/** What a report's title line says. */
export interface ReportTitleLine {
  title: string;
  organ?: string;
  year?: number;
}

const DISCLOSURE = /(政府信息公开|政务公开|信息公开)/;

/**
 * Recognises the title line of an annual report and reads the organ and year from it:
 * `鹅公镇2019年政府信息公开工作年度报告` → 鹅公镇, 2019; also `2019年鹅公镇政府信息公开工作年度报告`,
 * `关于…的报告`, titles in 《》. Undefined when the line is not such a title.
 */
export function parseReportTitle(line: string): ReportTitleLine | undefined {
  const title = line.trim();
  const bare = title.replace(/^[《〈"“]+|[》〉"”]+$/g, '').replace(/^关于/, '');
  if (bare.length > 80 || !DISCLOSURE.test(bare) || !/报告|年报/.test(bare)) return undefined;
  if (/[。；;]/.test(bare.replace(/[。]$/, ''))) return undefined;
  const digits = bare.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const yearMatch = /(20\d{2})\s*年度?/.exec(digits);
  const year = yearMatch ? Number(yearMatch[1]) : undefined;
  let organ: string | undefined;
  const disclosure = DISCLOSURE.exec(digits)!;
  if (yearMatch && yearMatch.index > 0) {
    organ = digits.slice(0, yearMatch.index);
  } else if (yearMatch) {
    organ = digits.slice(yearMatch.index + yearMatch[0].length, disclosure.index > yearMatch.index ? disclosure.index : undefined);
  } else {
    organ = digits.slice(0, disclosure.index);
  }
  organ = organ?.replace(/^关于|的?$|[\s\u3000]+/g, '').trim();
  return { title, ...(organ ? { organ } : {}), ...(year ? { year } : {}) };
}
