/** A problem in a knowledge file, located precisely enough for an editor to jump to it. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col} ${p.field || '(file)'}: ${p.message}`;
}
