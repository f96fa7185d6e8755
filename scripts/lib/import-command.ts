/** What the two import commands (places, events) share: their arguments and their refusals, in the same words. */
import { describeImportProblem, type ImportProblem } from '../../src/lib/spreadsheets/import.ts';

const OPTIONS = ['--dry-run', '--allow-removals'];

/** One file, --dry-run, --allow-removals; anything else prints the usage and exits 2. */
export function readImportArgs(usage: string, args = process.argv.slice(2)): { file: string; dryRun: boolean; allowRemovals: boolean } {
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && !OPTIONS.includes(a));
  if (files.length !== 1 || unknown.length) {
    // A mistyped --allow-removals must not be taken for the file or ignored.
    console.error(unknown.length ? `不认识的选项：${unknown.join(' ')}\n${usage}` : usage);
    process.exit(2);
  }
  return { file: files[0] as string, dryRun: args.includes('--dry-run'), allowRemovals: args.includes('--allow-removals') };
}

/** Every problem of the sheet, then exit 1: nothing is written. */
export function refuseProblems(file: string, problems: readonly ImportProblem[]): never {
  console.error(problems.map((p) => describeImportProblem(file, p)).join('\n'));
  console.error(`\n共 ${problems.length} 处问题，什么也没有写入。改好表格后再导入一次。`);
  process.exit(1);
}

/** A sheet that would delete more than half of the list (an incomplete sheet, or the wrong file?), then exit 1. */
export function refuseMostRemoved(file: string, existing: number, removed: number, noun: string): never {
  console.error(
    `${file}: 导入会删除现有 ${existing} 个${noun}中的 ${removed} 个，超过一半（表格不全，还是选错了文件？）。` +
      `确实要删除时，加上 --allow-removals 再导入。什么也没有写入。`,
  );
  process.exit(1);
}
