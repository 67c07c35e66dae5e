/**
 * Text pieces handed from the check loop to a file writer that runs alongside it: the writer
 * iterates the channel and waits when it is empty; pieces pushed meanwhile are written together.
 */
export class PieceChannel implements AsyncIterable<string> {
  private pieces: string[] = [];
  private closed = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  push(piece: string): void {
    if (piece === "") return;
    this.pieces.push(piece);
    this.wake?.();
  }

  close(): void {
    this.closed = true;
    this.wake?.();
  }

  /** The run stopped: the writer fails, so a report file's temporary copy is removed, not left. */
  abort(reason: Error): void {
    this.failure = reason;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<string> {
    for (;;) {
      if (this.failure) throw this.failure;
      if (this.pieces.length > 0) {
        const ready = this.pieces;
        this.pieces = [];
        yield ready.join("");
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
  }
}
