import { afterEach, describe, expect, it, vi } from "vitest";
import { Debouncer } from "../../src/lsp/debouncer.js";

describe("Debouncer", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs only the last action of a burst, once the key has been quiet for the delay", () => {
    vi.useFakeTimers();
    const debouncer = new Debouncer(200);
    const runs: string[] = [];
    debouncer.schedule("draft", () => runs.push("first"));
    vi.advanceTimersByTime(150);
    debouncer.schedule("draft", () => runs.push("second"));
    vi.advanceTimersByTime(150);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(runs).toEqual(["second"]);
  });

  it("keeps keys apart, and cancel drops a pending action", () => {
    vi.useFakeTimers();
    const debouncer = new Debouncer(200);
    const runs: string[] = [];
    debouncer.schedule("a", () => runs.push("a"));
    debouncer.schedule("b", () => runs.push("b"));
    debouncer.cancel("a");
    vi.advanceTimersByTime(200);
    expect(runs).toEqual(["b"]);
  });

  it("dispose drops every pending action", () => {
    vi.useFakeTimers();
    const debouncer = new Debouncer(200);
    const runs: string[] = [];
    debouncer.schedule("a", () => runs.push("a"));
    debouncer.dispose();
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual([]);
  });
});
