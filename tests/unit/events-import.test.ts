import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENT_HEADERS, eventsCsv, parseTimeCell, recordToRow, sortEventRecords } from '../../src/lib/events/columns';
import { parseEventFile, serializeEventFile, type EventRecord } from '../../src/lib/events/event-file';
import { importEventRows, stableEventId, type EventImportContext } from '../../src/lib/events/import';
import { readAsFormula } from '../../src/lib/spreadsheets/cells';
import { describeImportProblem, MAX_CELL_LENGTH, removesMostOfList } from '../../src/lib/spreadsheets/import';
import { slugId } from '../../src/schemas/common';
import { readBaseRecords } from '../../scripts/lib/bases-files';
import { readDepartmentNames, readEventFiles } from '../../scripts/lib/event-files';
import { readSpreadsheet } from '../../scripts/lib/spreadsheet-files';
import { csvInEveryEncoding } from '../helpers/excel-encodings';

const departments = readDepartmentNames('content');
const context: EventImportContext = { baseIds: new Set(readBaseRecords('content/bases').map((p) => p.id)), departments, mdxIds: new Set() };
const files = readEventFiles('content/events');
/** The shipped events in the canonical order, as the import returns them. */
const shipped = sortEventRecords(files.records);
const TODAY = '2026-11-28';
const tmp = mkdtempSync(join(tmpdir(), 'events-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const headers = [...EVENT_HEADERS];
const rowsOf = (records: readonly EventRecord[]) => records.map((r) => recordToRow(r, departments));
const column = (name: string) => headers.indexOf(name as never);
const importRows = (rows: string[][], existing: readonly EventRecord[] = shipped, ctx = context) =>
  importEventRows(headers, rows, existing, ctx, TODAY);
/** A copy of the shipped rows with one cell changed. */
function withCell(rowIndex: number, name: string, value: string): string[][] {
  const rows = rowsOf(shipped);
  (rows[rowIndex] as string[])[column(name)] = value;
  return rows;
}
const linesOf = (rows: string[][], existing: readonly EventRecord[] = shipped) =>
  importRows(rows, existing).problems.map((p) => describeImportProblem('活动.xlsx', p));
const idOf = (index: number) => (shipped[index] as EventRecord).id;

describe('the event file', () => {
  it('every shipped event file is already in the form the import writes, byte for byte', () => {
    expect(files.records).toHaveLength(14);
    for (const record of files.records) expect(serializeEventFile(record), record.id).toBe(files.texts.get(record.id));
  });

  it('quotes plain text YAML 1.1 would read as something else, and reads it back as text', () => {
    const record: EventRecord = { ...(shipped[7] as EventRecord), venue: { name: 'yes', address: '2027-01-01' }, audiences: ['公众'] };
    const text = serializeEventFile(record);
    expect(text).toMatch(/name: "yes"\n {2}address: "2027-01-01"\n/);
    expect((parseEventFile(text, 'x.md').data as { venue: unknown }).venue).toEqual({ name: 'yes', address: '2027-01-01' });
  });
});

describe('import round trip', () => {
  it('export → import gives the same records, and a second import changes nothing', () => {
    const first = importRows(rowsOf(shipped));
    expect(first.problems).toEqual([]);
    expect(first.records).toEqual(shipped);
    expect(first.summary).toMatchObject({ added: [], changed: [], removed: [] });
    expect(first.summary.unchanged).toHaveLength(14);
    const second = importEventRows(headers, rowsOf(first.records), first.records, context, '2030-01-01');
    expect(second.records).toEqual(first.records);
  });

  it('returns the events in the canonical order, by 开始 then 编号, whatever the order of the rows; /data/events.csv uses it too', () => {
    const reversed = importRows(rowsOf(shipped).reverse());
    expect(reversed.records.map((r) => r.id)).toEqual(shipped.map((r) => r.id));
    const starts = shipped.map((r) => r.start);
    expect(starts).toEqual([...starts].sort());
    const [, ...rows] = parseCsv(eventsCsv([...files.records].reverse(), departments).slice(1)) as string[][];
    expect(rows.map((row) => row[column('编号')])).toEqual(shipped.map((r) => r.id));
  });

  it('writes the organiser by its department name and takes the name or the id back', () => {
    const rows = rowsOf(shipped);
    expect(rows[0]?.[column('主办单位')]).toBe('区科学技术和信息化局');
    (rows[0] as string[])[column('主办单位')] = 'science-and-it-bureau';
    expect(importRows(rows).records).toEqual(shipped);
  });

  it('reads times as the file writes them, as the export writes them and as Excel rewrites an edited CSV', () => {
    expect(
      ['2027-04-26', '2027-04-26 14:00', '2027-04-26T14:00', '2027/4/26 9:05', '2027/4/26 14:00:00', '2027/4/6'].map(parseTimeCell),
    ).toEqual(['2027-04-26', '2027-04-26T14:00', '2027-04-26T14:00', '2027-04-26T09:05', '2027-04-26T14:00', '2027-04-06']);
    const rows = withCell(0, '开始', '2026/4/26 9:30');
    expect(importRows(rows).records).toEqual(shipped);
  });

  it('reads a UTF-8 CSV with BOM, one without, GB18030 and UTF-16 with BOM the same way', async () => {
    const csv = stringify([headers, ...rowsOf(shipped)]);
    const encoded = csvInEveryEncoding(csv);
    for (const [name, [bytes, encoding]] of Object.entries(encoded)) {
      writeFileSync(join(tmp, name), bytes);
      const sheet = await readSpreadsheet(join(tmp, name));
      expect(sheet.format).toBe(`CSV, ${encoding}`);
      expect(importEventRows(sheet.headers, sheet.rows, [], context, TODAY).records).toEqual(shipped);
    }
  });

  it('refuses UTF-16 without a byte-order mark, and a UTF-8 file with one row pasted from GB18030, naming the row as Excel counts it', async () => {
    writeFileSync(join(tmp, 'nobom.csv'), iconv.encode(stringify([headers, ...rowsOf(shipped)]), 'utf-16le'));
    await expect(readSpreadsheet(join(tmp, 'nobom.csv'))).rejects.toThrow(/nobom\.csv: 不是文本 CSV 文件（含有 NUL 字节/);
    // Rows 2 and 3 hold bodies with line breaks: the GB18030 row is the 5th as Excel counts rows.
    const lines = stringify([headers, ...rowsOf(shipped)]).split(/(?<=\n)/);
    const rowFive = lines.findIndex((line) => line.startsWith(`${idOf(3)},`));
    const bytes = Buffer.concat(lines.map((line, i) => (i === rowFive ? iconv.encode(line, 'gb18030') : Buffer.from(line, 'utf8'))));
    writeFileSync(join(tmp, 'mixed.csv'), bytes);
    await expect(readSpreadsheet(join(tmp, 'mixed.csv'))).rejects.toThrow(
      /^[^\n]*mixed\.csv: 第 5 行不是 UTF-8 编码，而第 1 行是：文件混用了两种编码/,
    );
  });

  it('reads an .xlsx with typed cells (date-times, dates, numbers) as Excel saves them', async () => {
    const typed = rowsOf(shipped).map((row) =>
      row.map((cell, i) => {
        const header = headers[i] as string;
        if (cell && ['开始', '结束', '报名截止', '新开始时间', '新结束时间', '更新日期'].includes(header)) {
          const [date, time = '00:00'] = cell.split(' ');
          return { type: Date, value: new Date(`${date}T${time}:00Z`), format: time === '00:00' ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm' };
        }
        if (cell && header === '人数上限') return { type: Number, value: Number(cell) };
        return cell ? { type: String, value: cell } : null;
      }),
    );
    const file = join(tmp, 'events.xlsx');
    await writeXlsxFile([headers.map((h) => ({ type: String, value: h })), ...typed] as never).toFile(file);
    const sheet = await readSpreadsheet(file);
    expect(importEventRows(sheet.headers, sheet.rows, [], context, TODAY).records).toEqual(shipped);
  });
});

describe('/data/events.csv is safe to open in Excel', () => {
  const attacks = {
    title: '=HYPERLINK("http://evil.example/","示例·点这里")',
    summary: '+1 这是一条演示用的示例活动摘要。',
    body: '-2+3 正文第一行\n\n第二段',
  };
  const hostile = [{ ...(shipped[0] as EventRecord), ...attacks }, ...shipped.slice(1)];

  it('writes no cell that starts a formula, quotes cells with line breaks, and reads back every record unchanged', () => {
    const csv = eventsCsv(hostile, departments);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`,"'-2+3 正文第一行\n\n第二段",`);
    const [header = [], ...rows] = parseCsv(csv.slice(1)) as string[][];
    expect(header).toEqual(headers);
    expect(rows.flat().filter(readAsFormula)).toEqual([]);
    expect(rows[0]?.[column('标题')]).toBe(`'${attacks.title}`);
    const result = importEventRows(header, rows, hostile, context, TODAY);
    expect(result.problems).toEqual([]);
    expect(result.records).toEqual(hostile);
  });
});

describe('bad rows', () => {
  it('reports every problem at once with row, column and value, and returns no records', () => {
    const rows = withCell(0, '开始', '2026年4月26日');
    const set = (i: number, name: string, value: string) => ((rows[i] as string[])[column(name)] = value);
    set(1, '人数上限', '三十');
    set(2, '需要报名', '也许');
    set(3, '状态', '暂停');
    set(4, '主办单位', '区气象局');
    set(5, '场所编号', 'sample-nowhere');
    set(6, '类型', '联欢会');
    set(7, '场所地址', '');
    set(8, '报名网址', 'javascript:alert(1)');
    set(9, '状态说明', '');
    set(10, '新结束时间', '');
    set(11, '正文', '直播地址稍后公布。<script>alert(1)</script>');
    set(12, '结束', '2027-08-14 14:00');
    set(13, '示例数据', '否');
    const { records, problems } = importRows(rows);
    expect(records).toEqual([]);
    expect(problems.map((p) => describeImportProblem('活动.xlsx', p))).toEqual([
      '活动.xlsx: 第 2 行，「开始」列：应写成 YYYY-MM-DD（全天）或 YYYY-MM-DD HH:MM（北京时间）（值：“2026年4月26日”）',
      '活动.xlsx: 第 3 行，「人数上限」列：应为整数（值：“三十”）',
      '活动.xlsx: 第 4 行，「需要报名」列：应填“是”或“否”（值：“也许”）',
      '活动.xlsx: 第 5 行，「状态」列：状态只能是 照常举办、已取消、已延期、改为线上（值：“暂停”）',
      '活动.xlsx: 第 6 行，「主办单位」列：不是 content/departments.yaml 里的部门；请写部门名称（如“区科学技术和信息化局”）（值：“区气象局”）',
      '活动.xlsx: 第 7 行，「场所编号」列：不是基地名录（content/bases/bases.yaml）里的场所编号（值：“sample-nowhere”）',
      expect.stringMatching(/^活动\.xlsx: 第 8 行，「类型」列：活动类型不在可选范围内（可选：知识产权宣传周、.*）（值：“联欢会”）$/),
      '活动.xlsx: 第 9 行，「场所地址」列：不在名录里的场所要写名称和地址（值：空）',
      expect.stringMatching(
        /^活动\.xlsx: 第 10 行，「报名网址」列：网址不能用 javascript:，只能用 https:、http:、tel:、mailto: 开头.*（值：“javascript:alert\(1\)”）$/,
      ),
      expect.stringMatching(
        /^活动\.xlsx: 第 11 行，「状态说明」列：取消、延期或改为线上时，要在 statusNote 写明原因或新的安排.*（值：空）$/,
      ),
      '活动.xlsx: 第 12 行，「新结束时间」列：新开始时间和新结束时间要一起填写（值：空）',
      expect.stringMatching(
        /^活动\.xlsx: 第 13 行，「正文」列：含有网站不显示的 HTML 标签 <script>；.*（值：“直播地址稍后公布。<script>alert\(1\)<\/script>”）$/,
      ),
      '活动.xlsx: 第 14 行，「结束」列：结束时间（2027-08-14T14:00）早于开始时间（2027-08-14T15:00）（值：“2027-08-14 14:00”）',
      '活动.xlsx: 第 15 行，「示例数据」列：标题以“示例”开头的是演示用的虚构活动，示例数据要填 是（值：“否”）',
    ]);
  });

  it('refuses a body the site would not show as written: raw HTML, javascript: links, a level-one heading', () => {
    const rows = withCell(0, '正文', '[报名](javascript:alert(1))');
    (rows[1] as string[])[column('正文')] = '# 活动介绍\n\n内容';
    (rows[2] as string[])[column('正文')] = '<iframe src="https://evil.example/"></iframe>';
    (rows[3] as string[])[column('正文')] =
      '## 活动内容\n\n1. 看[活动页](/events/)\n2. **带上**水杯\n\n| 时间 | 内容 |\n| --- | --- |\n| 上午 | 讲座 |';
    expect(linesOf(rows)).toEqual([
      expect.stringMatching(/^活动\.xlsx: 第 2 行，「正文」列：含有网站不允许的链接网址“javascript:alert\(1\)”/),
      expect.stringMatching(/^活动\.xlsx: 第 3 行，「正文」列：含有一级标题（# 开头）/),
      expect.stringMatching(/^活动\.xlsx: 第 4 行，「正文」列：含有网站不显示的 HTML 标签 <iframe>/),
    ]);
  });

  it('refuses ids that are not slugs, duplicates, and a row that would overwrite an .mdx event', () => {
    const rows = withCell(0, '编号', 'Robot Day');
    (rows[2] as string[])[column('编号')] = idOf(1);
    const lines = importRows(rows, shipped, { ...context, mdxIds: new Set([idOf(4)]) }).problems.map((p) =>
      describeImportProblem('活动.csv', p),
    );
    expect(lines).toEqual([
      '活动.csv: 第 2 行，「编号」列：编号只能用小写字母、数字和连字符（它是文件名和网址）（值：“Robot Day”）',
      `活动.csv: 第 4 行，「编号」列：编号与第 3 行重复（没填编号时，开始时间和标题都相同的活动也会重复）（值：“${idOf(1)}”）`,
      `活动.csv: 第 6 行，「编号」列：content/events/${idOf(4)}.mdx 是 .mdx 文件（里面可以有代码），不能用表格覆盖；请直接编辑那个文件，或在表格里换一个编号（值：“${idOf(4)}”）`,
    ]);
  });

  it('checks venue, registration and enumerated cells in the words of their own columns', () => {
    const rows = withCell(0, '场所名称', '示例·另一个地方');
    (rows[1] as string[])[column('需要报名')] = '';
    (rows[3] as string[])[column('场所编号')] = '';
    (rows[4] as string[])[column('适合对象')] = '小学、幼儿园';
    (rows[5] as string[])[column('谁可以参加')] = '所有人';
    (rows[6] as string[])[column('标题')] = '示例·竞赛\u202E';
    (rows[7] as string[])[column('场所名称')] = '校';
    (rows[8] as string[])[column('摘要')] = '';
    expect(linesOf(rows)).toEqual([
      '活动.xlsx: 第 2 行，「场所名称」列：填了场所编号（名录里的场所）就不再填场所名称、地址和街道（值：“示例·另一个地方”）',
      '活动.xlsx: 第 3 行，「需要报名」列：填了报名网址、电话或截止时间，就要在“需要报名”填 是 或 否（值：空）',
      '活动.xlsx: 第 5 行，「场所编号」列：要写场所：名录里的场所填场所编号，其他地方填场所名称和场所地址（值：空）',
      expect.stringMatching(/^活动\.xlsx: 第 6 行，「适合对象」列：适合对象不在可选范围内.*（值：“小学、幼儿园”）$/),
      expect.stringMatching(/^活动\.xlsx: 第 7 行，「谁可以参加」列：“谁可以参加”只能是 公众、本校学生 或 受邀.*（值：“所有人”）$/),
      expect.stringMatching(/^活动\.xlsx: 第 8 行，「标题」列：含有看不见的控制字符 U\+202E/),
      '活动.xlsx: 第 9 行，「场所名称」列：太短了，请写完整（值：“校”）',
      '活动.xlsx: 第 10 行，「摘要」列：必填，不能为空（值：空）',
    ]);
  });

  it('checks the header row before any data: unknown, duplicate and missing columns', () => {
    const { problems } = importEventRows(['标题', '标题', '地点', '开始'], [['示例', '示例', '', '2027-01-01']], [], context, TODAY);
    const text = problems.map((p) => describeImportProblem('x.csv', p)).join('\n');
    expect(text).toMatch(/第 1 行，「标题」列：列名重复/);
    expect(text).toMatch(/第 1 行，「地点」列：未知的列名（第 3 列/);
    for (const missing of ['类型', '结束', '适合对象', '谁可以参加', '主办单位', '摘要'])
      expect(text).toContain(`第 1 行，「${missing}」列：缺少必填列`);
    expect(problems).toHaveLength(8);
  });

  it('refuses cells under a blank header or past the last header, and cells that are too long', () => {
    const rows = rowsOf(shipped).map((row) => [...row, '']);
    (rows[1] as string[])[headers.length] = '漏了列名的备注';
    (rows[2] as string[])[column('正文')] = '很长'.repeat(MAX_CELL_LENGTH);
    const { records, problems } = importEventRows([...headers, ''], rows, shipped, context, TODAY);
    expect(records).toEqual([]);
    expect(problems.map((p) => describeImportProblem('活动.csv', p))).toEqual([
      `活动.csv: 第 3 行，「第 ${headers.length + 1} 列（没有列名）」列：这一列没有列名，内容不会被导入；请补上列名或删掉这些内容（值：“漏了列名的备注”）`,
      `活动.csv: 第 4 行，「正文」列：内容有 ${MAX_CELL_LENGTH * 2} 个字符，超过上限 ${MAX_CELL_LENGTH}（值：“${'很长'.repeat(40)}…”）`,
    ]);
  });

  it('refuses a sheet with no data rows rather than delete every event', () => {
    const { problems } = importRows([headers.map(() => '')]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/没有任何数据行/)]);
  });
});

describe('stable ids and dates', () => {
  const withoutIds = () => rowsOf(shipped).map((row) => row.map((cell, i) => (i === column('编号') ? '' : cell)));

  it('a row without 编号 keeps the id of the event with the same start and title', () => {
    expect(importRows(withoutIds()).records.map((r) => r.id)).toEqual(shipped.map((r) => r.id));
  });

  it('new rows without 编号 get a slug id from start and title, the same on every run and in any row order', () => {
    const first = importEventRows(headers, withoutIds(), [], context, TODAY).records;
    const reversed = importEventRows(headers, withoutIds().reverse(), [], context, TODAY).records;
    expect(new Set(first.map((r) => r.id))).toEqual(new Set(shipped.map((r) => stableEventId(r.start, r.title))));
    expect(new Map(reversed.map((r) => [r.title, r.id]))).toEqual(new Map(first.map((r) => [r.title, r.id])));
    expect(new Set(first.map((r) => r.id)).size).toBe(shipped.length);
    expect(first.every((r) => slugId.safeParse(r.id).success && r.id.startsWith(r.start.slice(0, 4)))).toBe(true);
    expect(stableEventId('2027-04-26T14:00', '示例·讲座')).toBe(stableEventId('2027-04-26T14:00', '示例·讲座'));
    expect(stableEventId('2027-04-26T14:00', '示例·讲座')).not.toBe(stableEventId('2027-04-26T15:00', '示例·讲座'));
  });

  it('a row without 更新日期 keeps its date when nothing changed and gets today when something did', () => {
    const rows = rowsOf(shipped).map((row) => row.map((cell, i) => (i === column('更新日期') ? '' : cell)));
    (rows[0] as string[])[column('摘要')] = '摘要改过了：科普角全天开放，志愿者讲解专利、商标和著作权。';
    const { records, summary } = importRows(rows);
    expect(records[0]?.updated).toBe(TODAY);
    expect(records.slice(1).map((r) => r.updated)).toEqual(shipped.slice(1).map((r) => r.updated));
    expect(summary).toMatchObject({ added: [], changed: [idOf(0)], removed: [] });
  });

  it('reports the events a sheet leaves out as removed, and more than half of them as a removal to confirm', () => {
    expect(importRows(rowsOf(shipped.slice(1))).summary.removed).toEqual([idOf(0)]);
    const keeping = (n: number) => importRows(rowsOf(shipped.slice(0, n))).summary;
    expect(removesMostOfList(keeping(7), shipped.length)).toBe(false);
    expect(removesMostOfList(keeping(6), shipped.length)).toBe(true);
  });
});
