import { describe, expect, it } from 'vitest';
import { matchSubmission, type Organ, type Roster } from '../index.js';
import { rosterIndex } from './match-submission.js';

const roster: Roster = {
  entries: [
    { id: 'county', name: '某县人民政府', level: 'county', divisionCode: '431299', creditCode: '11431299MB1000397J' },
    { id: 'egong', name: '鹅公镇人民政府', level: 'township', divisionCode: '431299102', parent: 'county' },
    { id: 'chengnan', name: '城南街道办事处', level: 'township', parent: 'county' },
    {
      id: 'finance',
      name: '某县财政局',
      aliases: ['县财政局'],
      level: 'department',
      divisionCode: '431299',
      creditCode: '11431299MB1000101B',
      parent: 'county',
    },
    { id: 'office', name: '某县人民政府办公室', level: 'department', divisionCode: '431299', parent: 'county' },
    { id: 'chengguan-a', name: '城关镇', level: 'township', parent: 'county' },
    { id: 'chengguan-b', name: '城关镇人民政府', level: 'township', creditCode: '11431299MB1000434Q', parent: 'other-county' },
  ],
};
const match = (organ: Partial<Organ> & { name: string }, options = {}) => matchSubmission({ organ: { level: 'township', ...organ } }, roster, options);

describe('matchSubmission', () => {
  it('matches 鹅公镇 to 鹅公镇人民政府 by name', () => {
    const found = match({ name: '鹅公镇' });
    expect(found).toMatchObject({ entry: { id: 'egong' }, by: 'name', diagnostics: [] });
    expect(match({ name: '城南街道' })).toMatchObject({ entry: { id: 'chengnan' }, by: 'name' });
  });

  it('prefers the credit code, and says when the name differs', () => {
    const found = match({ name: '某县财政局（国库支付中心）', level: 'department', creditCode: '11431299mb1000101b' });
    expect(found).toMatchObject({ entry: { id: 'finance' }, by: 'creditCode' });
    expect(found.diagnostics.map((d) => d.code)).toEqual(['roster-name-differs']);
  });

  it('flags a credit code and a name that point to different organs', () => {
    const found = match({ name: '某县人民政府办公室', level: 'department', creditCode: '11431299MB1000101B' });
    expect(found.entry?.id).toBe('finance');
    expect(found.diagnostics.map((d) => d.code)).toEqual(['roster-match-conflict']);
  });

  it('uses a 9-digit division code for a township, even under another name', () => {
    expect(match({ name: '鹅公乡', divisionCode: '431299102' })).toMatchObject({ entry: { id: 'egong' }, by: 'divisionCode' });
  });

  it('does not take a department for its county by the shared 6-digit division code', () => {
    const found = match({ name: '某县人民政府办公室', level: 'department', divisionCode: '431299' });
    expect(found).toMatchObject({ entry: { id: 'office' }, by: 'name' });
    expect(match({ name: '某县', level: 'county', divisionCode: '431299' })).toMatchObject({ entry: { id: 'county' }, by: 'divisionCode' });
  });

  it('matches aliases', () => {
    expect(match({ name: '县财政局', level: 'department' })).toMatchObject({ entry: { id: 'finance' }, by: 'alias' });
  });

  it('reports an ambiguous name, and resolves it with the credit code', () => {
    const ambiguous = match({ name: '城关镇' });
    expect(ambiguous.entry).toBeUndefined();
    expect(ambiguous.diagnostics[0]).toMatchObject({ code: 'roster-match-ambiguous', location: { organ: '城关镇' } });
    expect(ambiguous.diagnostics[0].message).toContain('城关镇、城关镇人民政府（11431299MB1000434Q）');
    expect(match({ name: '城关镇', creditCode: '11431299MB1000434Q' })).toMatchObject({ entry: { id: 'chengguan-b' }, by: 'creditCode' });
    expect(match({ name: '城关镇' }, { entries: roster.entries.filter((e) => e.parent === 'county') })).toMatchObject({ entry: { id: 'chengguan-a' } });
  });

  it('reports an organ it cannot find, with the file', () => {
    const found = match({ name: '龙潭镇' }, { file: '龙潭镇.xlsx' });
    expect(found.entry).toBeUndefined();
    expect(found.diagnostics).toMatchObject([{ code: 'roster-no-match', severity: 'warning', location: { organ: '龙潭镇', file: '龙潭镇.xlsx' } }]);
  });

  it('says when a name match carries another credit code', () => {
    const found = match({ name: '某县财政局', level: 'department', creditCode: '11431299MB1000175Y' });
    expect(found).toMatchObject({ entry: { id: 'finance' }, by: 'name' });
    expect(found.diagnostics.map((d) => d.code)).toEqual(['roster-code-mismatch']);
    expect(found.diagnostics[0].message).toContain('11431299MB1000101B');
  });
});

describe('matching a large roster', () => {
  it('is linear: 40,000 submissions against 40,000 entries look at a bounded number of entries each', () => {
    const count = 40_000;
    const entries = Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      name: `第${i}镇人民政府`,
      aliases: [`第${i}镇`],
      level: 'township' as const,
      ...(i % 2 === 0 ? { creditCode: `CODE${String(i).padStart(14, '0')}` } : {}),
    }));
    const roster = { entries };
    let matched = 0;
    for (let i = 0; i < count; i += 1) {
      const organ = { name: i % 3 === 0 ? `第${i}镇` : `第${i}镇人民政府`, level: 'township' as const, ...(i % 4 === 0 ? { creditCode: `CODE${String(i).padStart(14, '0')}` } : {}) };
      if (matchSubmission({ organ }, roster).entry?.id === `e${i}`) matched += 1;
    }
    expect(matched).toBe(count);
    // Each submission looks at the few entries its code and name point to, never at the whole roster.
    expect(rosterIndex(entries).probes).toBeLessThanOrEqual(3 * count);
  });

  it('sees entries added to the roster after it was first matched', () => {
    const entries = [{ id: 'a', name: '甲镇人民政府', level: 'township' as const }];
    expect(matchSubmission({ organ: { name: '乙镇', level: 'township' } }, { entries }).entry).toBeUndefined();
    entries.push({ id: 'b', name: '乙镇人民政府', level: 'township' });
    expect(matchSubmission({ organ: { name: '乙镇', level: 'township' } }, { entries }).entry?.id).toBe('b');
  });
});
