/** src/cli/interrupt.ts, driven by a fake signal source (real signals would stop the runner). */
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { type SignalSource, watchInterrupts } from "../../src/cli/interrupt.js";

function fakeProcess(): EventEmitter & SignalSource {
  return new EventEmitter() as EventEmitter & SignalSource;
}

describe("watchInterrupts", () => {
  it("is not requested until a signal arrives, then asks to stop with 130 for SIGINT", () => {
    const source = fakeProcess();
    const stops: number[] = [];
    const interruption = watchInterrupts(source, (code) => stops.push(code));
    expect(interruption.requested).toBe(false);
    expect(interruption.exitCode()).toBeUndefined();
    source.emit("SIGINT");
    expect(interruption.requested).toBe(true);
    expect(interruption.signal).toBe("SIGINT");
    expect(interruption.exitCode()).toBe(130);
    expect(stops).toEqual([]);
  });

  it("stops at once on a second signal", () => {
    const source = fakeProcess();
    const stops: number[] = [];
    watchInterrupts(source, (code) => stops.push(code));
    source.emit("SIGTERM");
    source.emit("SIGINT");
    expect(stops).toEqual([130]);
  });

  it("reports SIGTERM as 143 and removes its handlers when disposed", () => {
    const source = fakeProcess();
    const interruption = watchInterrupts(source, () => undefined);
    expect(source.listenerCount("SIGINT")).toBe(1);
    source.emit("SIGTERM");
    expect(interruption.exitCode()).toBe(143);
    interruption.dispose();
    expect(source.listenerCount("SIGINT")).toBe(0);
    expect(source.listenerCount("SIGTERM")).toBe(0);
  });
});
