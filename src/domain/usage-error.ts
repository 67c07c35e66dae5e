/**
 * A user's mistake that stops the run: on the command line, in a config or in a rule pack. Every
 * front end shows it as a message plus detail lines (the CLI with exit code 2), never a stack.
 */
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
