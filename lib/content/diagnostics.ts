/** A problem found in a content file, told the way compilers do: `path:line: message`. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Path relative to the working directory (the repository root when run from there). */
  file: string;
  line: number;
  message: string;
}

export function formatDiagnostic({ severity, file, line, message }: Diagnostic): string {
  return `${file}:${line}: ${severity === 'warning' ? 'warning: ' : ''}${message}`;
}

/** Thrown by the content loader when any file has an error, so `next build` stops and names them all. */
export class ContentError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    super(`Content has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatDiagnostic).join('\n')}`);
    this.name = 'ContentError';
  }
}
