/**
 * Tells results in report order as they complete: the lanes of check-inputs.ts fill `results`
 * out of order, and a result is told once every result before it is known (or, at the end,
 * when the files before it were never started: an interrupted run). When not kept, a result is
 * dropped once told, so a streamed report holds no results.
 */
export class InOrder<T> {
  private next = 0;

  constructor(
    private readonly results: (T | undefined)[],
    private readonly tell: ((result: T) => void) | undefined,
    private readonly keep: boolean,
  ) {}

  flush(): void {
    for (let result = this.results[this.next]; result !== undefined; result = this.results[this.next])
      this.told(result);
  }

  /** The rest, past any never-started file; the kept results, in order. */
  finish(): T[] {
    for (; this.next < this.results.length; ) {
      const result = this.results[this.next];
      if (result === undefined) this.next++;
      else this.told(result);
    }
    return this.keep ? this.results.filter((result): result is T => result !== undefined) : [];
  }

  private told(result: T): void {
    this.tell?.(result);
    if (!this.keep) this.results[this.next] = undefined;
    this.next++;
  }
}
