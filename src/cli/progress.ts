/**
 * The progress line for long batches on a terminal: files done, rate and time left, rewritten
 * in place with a carriage return on standard error. Never shown when standard error is not a
 * terminal (piped or captured output stays clean), with --quiet, or for a handful of files.
 */

/** Batches this small finish before a progress line would be worth reading. */
export const PROGRESS_MIN_FILES = 20;

export function wantsProgress(isTTY: boolean | undefined, quiet: boolean, files: number): boolean {
  return isTTY === true && !quiet && files > PROGRESS_MIN_FILES;
}

/** Redraws at most this often (milliseconds), so a fast batch is not slowed by the terminal. */
const REDRAW_INTERVAL = 100;

export class ProgressLine {
  private done = 0;
  private readonly started: number;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private width = 0;

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** One more file checked. */
  advance(): void {
    this.done += 1;
    const time = this.now();
    if (this.done < this.total && time - this.lastDraw < REDRAW_INTERVAL) return;
    this.lastDraw = time;
    const line = this.render(time);
    // Pad over the previous line's tail: a shorter line must not leave characters behind.
    this.write(`\r${line.padEnd(this.width)}`);
    this.width = line.length;
  }

  /** Clears the line, so the report starts on a clean line. */
  finish(): void {
    if (this.width > 0) this.write(`\r${" ".repeat(this.width)}\r`);
    this.width = 0;
  }

  private render(time: number): string {
    const seconds = Math.max((time - this.started) / 1000, 0.001);
    const rate = this.done / seconds;
    const left = (this.total - this.done) / rate;
    return `disclint: ${this.done}/${this.total} files, ${rate.toFixed(1)} files/s, ${formatLeft(left)} left`;
  }
}

function formatLeft(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole}s`;
  return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, "0")}s`;
}
