/**
 * A problem with an input file that the user can fix (wrong encoding, unreadable bytes).
 * It is a value the CLI prints on one line with its code, never a crash with a stack trace.
 */
export class InputError extends Error {
  readonly code: string;
  readonly path: string;

  constructor(code: string, path: string, message: string) {
    super(message);
    this.name = "InputError";
    this.code = code;
    this.path = path;
  }
}
