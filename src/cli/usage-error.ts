/** A mistake on the command line or in a config/rule file: printed in one line, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** Extra lines (diagnostics with code frames) printed after the message. */
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = "UsageError";
  }
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
