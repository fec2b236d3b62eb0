/** The fields of a roster entry that a roster table or JSON object can carry. */
export type RosterField = 'id' | 'name' | 'aliases' | 'level' | 'creditCode' | 'divisionCode' | 'parent' | 'deadline';

const headerWords: Record<RosterField, string[]> = {
  id: ['id', '编号', '标识', '机构编号', '单位编号', 'key'],
  name: [
    'name',
    'organ',
    'organname',
    'fullname',
    '名称',
    '机关名称',
    '单位名称',
    '机构名称',
    '机关',
    '单位',
    '报送单位',
    '报送机关',
    '编制主体',
    '机关全称',
    '单位全称',
  ],
  aliases: ['alias', 'aliases', 'othernames', '别名', '其他名称', '曾用名', '简称', '别称'],
  level: ['level', 'type', 'organlevel', '层级', '级别', '机关层级', '类型', '机关类型', '单位类型', '单位层级'],
  creditCode: ['creditcode', 'uscc', 'unifiedsocialcreditcode', 'socialcreditcode', '统一社会信用代码', '社会信用代码', '信用代码'],
  divisionCode: ['divisioncode', 'division', 'regioncode', 'areacode', '行政区划代码', '区划代码', '行政区划'],
  parent: ['parent', 'parentid', 'parentname', '上级', '上级机关', '上级单位', '所属', '所属上级', '隶属', '汇总单位', '上级汇总单位'],
  deadline: ['deadline', 'duedate', 'due', '报送期限', '报送截止日期', '截止日期', '期限', '报送时限'],
};

/** Normalises a header: half-width, no spaces, `_` or `-`, no `*` marks or parenthesised notes, lower case. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\([^)]*\)|（[^）]*）|\[[^\]]*\]/g, '')
    .replace(/[\s\u3000_\-*:：]+/g, '')
    .toLowerCase();
}

const lookup = new Map<string, RosterField>();
for (const [field, words] of Object.entries(headerWords) as Array<[RosterField, string[]]>) {
  for (const word of words) lookup.set(normalizeHeader(word), field);
}

/** The roster field a header (Chinese or English) stands for, or `undefined`. */
export function rosterFieldForHeader(header: string): RosterField | undefined {
  return lookup.get(normalizeHeader(header));
}

/** The headers accepted for a field, for messages. */
export function rosterHeadersFor(field: RosterField): string[] {
  return headerWords[field];
}
