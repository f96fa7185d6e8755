/** Reading and writing the base list in content/bases/ (Node only). */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import type { BaseRecord } from '../../src/lib/bases/columns.ts';
import { toBaseRecord } from '../../src/lib/bases/import.ts';
import { checkYamlEntry, parseYamlEntries } from '../../src/lib/content/yaml-entries.ts';
import { BaseEntrySchema } from '../../src/schemas/base.ts';

/** The file the import owns. Other YAML files in the folder would make "the list" ambiguous. */
export const BASES_FILE = 'bases.yaml';

/** Every base now in content, in the content form, validated (a broken file stops the import too). */
export function readBaseRecords(dir: string): BaseRecord[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  const others = files.filter((f) => f !== BASES_FILE);
  if (others.length) throw new Error(`${dir}: 名录只能放在 ${BASES_FILE} 一个文件里，另有：${others.join('、')}`);
  if (!files.length) return [];
  const file = join(dir, BASES_FILE);
  // The build's own reading: an entry the build would refuse (a duplicate id too) stops the import.
  const seen = new Map<string, string>();
  return parseYamlEntries(readFileSync(file, 'utf8'), file, { entries: 'list' }).map((entry) =>
    toBaseRecord(checkYamlEntry(entry, BaseEntrySchema, seen)),
  );
}

const HEADER = `# 五华区基地与实验室名录。可以直接编辑本文件，也可以用 \`npm run import:bases -- 表格.xlsx\` 从表格整体导入
# （导入会按表格重写本文件）。字段说明见 src/schemas/base.ts 和 README。
`;

export function serializeBaseRecords(records: readonly BaseRecord[]): string {
  // No anchors/aliases even when records share objects: the file is for people to read and edit.
  return HEADER + stringifyYaml(records, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** Written to a temporary file and renamed, so a crash never leaves half a list. */
export function writeBaseRecords(dir: string, records: readonly BaseRecord[]): void {
  const file = join(dir, BASES_FILE);
  writeFileSync(`${file}.tmp`, serializeBaseRecords(records));
  renameSync(`${file}.tmp`, file);
}
