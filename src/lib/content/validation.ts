/** Error messages for bad content that name the file, the field and the offending value. */

export interface Issue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return '(missing)';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** "content/x.yaml: field term.end: 结束日期早于开始日期 (value: "2017-01-01")", one line per issue. */
export function formatIssues(file: string, issues: ReadonlyArray<Issue>, data: unknown): string {
  return issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.map(String).join('.') : '(whole entry)';
      return `${file}: field ${field}: ${issue.message} (value: ${describe(valueAt(data, issue.path))})`;
    })
    .join('\n');
}

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}
