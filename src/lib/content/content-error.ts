/**
 * An error in the content, reported the way compilers do (`file:line:column: reason`)
 * so that an editor can jump straight to the place to fix.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;

  constructor(file: string, line: number, column: number, reason: string) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

interface VFileMessageLike {
  reason: string;
  line?: number | null;
  column?: number | null;
  file?: string;
}

function isVFileMessage(error: unknown): error is VFileMessageLike {
  return typeof error === 'object' && error !== null && 'reason' in error && 'fatal' in error;
}

/** Turns a message thrown by `file.fail()` inside a plugin into a ContentError. */
export function toContentError(error: unknown, file: string): unknown {
  if (error instanceof ContentError || !isVFileMessage(error)) return error;
  return new ContentError(file, error.line ?? 1, error.column ?? 1, error.reason);
}
