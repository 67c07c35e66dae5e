/**
 * One pass over a text for the required literals of every pattern (Aho–Corasick).
 *
 * The prefilter needs, for each pattern, where its required literals occur. Searching each
 * literal with indexOf reads the whole text once per literal — the bundled packs have about
 * 3,000 — and most are absent, so most of those reads find nothing. An Aho–Corasick automaton
 * over all the literals reads the text once and reports every occurrence of every literal,
 * overlapping ones included: the same offsets indexOf would give, for all literals at once.
 * Matching is on UTF-16 code units, as indexOf's is.
 */

const ROOT = 0;

export class LiteralScanner {
  /** Transitions out of each state while the trie is built (the root's are also in `rootNext`). */
  private next: Map<number, number>[] = [new Map()];
  private readonly rootNext = new Int32Array(0x10000);
  /**
   * The same transitions packed once built: state s's edges are edgeUnits/edgeTargets[edgeFrom[s]
   * .. edgeFrom[s + 1]), by unit. Looking them up in typed arrays instead of a Map per state
   * made the pass ~2x faster; most states have one edge.
   */
  private edgeFrom = new Int32Array(0);
  private edgeUnits = new Uint16Array(0);
  private edgeTargets = new Int32Array(0);
  private readonly fail: number[] = [ROOT];
  /** Index of the literal ending at each state, or -1. */
  private readonly ends: number[] = [-1];
  /** The nearest state down the fail chain where a literal ends (-1: none). */
  private readonly outputLink: number[] = [-1];

  /** The length of the longest literal. */
  readonly longest: number;

  constructor(readonly literals: readonly string[]) {
    this.longest = literals.reduce((longest, literal) => Math.max(longest, literal.length), 0);
    for (const [index, literal] of literals.entries()) this.insert(literal, index);
    this.link();
    this.pack();
  }

  /** The ascending start offsets of each literal (by index) found in `text`; absent ones are not keys. */
  scan(text: string): Map<number, number[]> {
    const found = new Map<number, number[]>();
    let state = ROOT;
    for (let at = 0; at < text.length; at++) {
      const unit = text.charCodeAt(at);
      state = this.step(state, unit);
      for (let s = this.ends[state] === -1 ? this.outputLink[state] : state; s !== undefined && s >= 0; ) {
        const literal = this.ends[s] as number;
        const start = at + 1 - (this.literals[literal] as string).length;
        const offsets = found.get(literal);
        if (offsets) offsets.push(start);
        else found.set(literal, [start]);
        s = this.outputLink[s] as number;
      }
    }
    return found;
  }

  private step(from: number, unit: number): number {
    let state = from;
    while (state !== ROOT) {
      const to = this.edge(state, unit);
      if (to !== -1) return to;
      state = this.fail[state] as number;
    }
    return this.rootNext[unit] as number;
  }

  /** The state an edge for `unit` leads to from `state`, or -1. */
  private edge(state: number, unit: number): number {
    let low = this.edgeFrom[state] as number;
    let high = this.edgeFrom[state + 1] as number;
    // Binary search down to a few edges, then look at each: the target stays in [low, high).
    while (high - low > 4) {
      const middle = (low + high) >>> 1;
      if ((this.edgeUnits[middle] as number) > unit) high = middle;
      else low = middle;
    }
    for (let at = low; at < high; at++)
      if (this.edgeUnits[at] === unit) return this.edgeTargets[at] as number;
    return -1;
  }

  /** While building: the transition through the trie's maps, following fail links. */
  private stepBuilding(from: number, unit: number): number {
    let state = from;
    while (state !== ROOT) {
      const to = this.next[state]?.get(unit);
      if (to !== undefined) return to;
      state = this.fail[state] as number;
    }
    return this.rootNext[unit] as number;
  }

  /** Moves the built trie's edges into typed arrays and lets the maps go. */
  private pack(): void {
    const states = this.next.length;
    this.edgeFrom = new Int32Array(states + 1);
    let edges = 0;
    for (let state = 0; state < states; state++) {
      this.edgeFrom[state] = edges;
      edges += this.next[state]?.size ?? 0;
    }
    this.edgeFrom[states] = edges;
    this.edgeUnits = new Uint16Array(edges);
    this.edgeTargets = new Int32Array(edges);
    for (let state = 0; state < states; state++) {
      const sorted = [...(this.next[state] ?? [])].sort((a, b) => a[0] - b[0]);
      sorted.forEach(([unit, target], k) => {
        const at = (this.edgeFrom[state] as number) + k;
        this.edgeUnits[at] = unit;
        this.edgeTargets[at] = target;
      });
    }
    this.next = [];
  }

  private insert(literal: string, index: number): void {
    let state = ROOT;
    for (let k = 0; k < literal.length; k++) {
      const unit = literal.charCodeAt(k);
      let to = this.next[state]?.get(unit);
      if (to === undefined) {
        to = this.next.length;
        this.next.push(new Map());
        this.fail.push(ROOT);
        this.ends.push(-1);
        this.outputLink.push(-1);
        this.next[state]?.set(unit, to);
        if (state === ROOT) this.rootNext[unit] = to;
      }
      state = to;
    }
    // Duplicates and the empty literal are not expected; the first index wins for a duplicate.
    if (this.ends[state] === -1) this.ends[state] = index;
  }

  /** Fail and output links, breadth first (a state's links depend on shallower states'). */
  private link(): void {
    const queue: number[] = [];
    for (const child of this.next[ROOT]?.values() ?? []) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      for (const [unit, child] of this.next[state] ?? []) {
        const fallback = this.stepBuilding(this.fail[state] as number, unit);
        this.fail[child] = fallback === child ? ROOT : fallback;
        const target = this.fail[child] as number;
        this.outputLink[child] = this.ends[target] !== -1 ? target : (this.outputLink[target] as number);
        queue.push(child);
      }
    }
  }
}
