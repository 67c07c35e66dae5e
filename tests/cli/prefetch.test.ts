import { describe, expect, it } from "vitest";
import { prefetchingRead } from "../../src/cli/prefetch.js";

function countingRead(outcome: () => Promise<Uint8Array>) {
  let calls = 0;
  return {
    readNow: () => {
      calls++;
      return outcome();
    },
    calls: () => calls,
  };
}

describe("prefetchingRead", () => {
  it("hands over the read started early instead of reading again", async () => {
    const source = countingRead(async () => new Uint8Array([1, 2]));
    const input = prefetchingRead(source.readNow);
    input.prefetch();
    input.prefetch();
    expect(source.calls()).toBe(1);
    expect([...(await input.read())]).toEqual([1, 2]);
    expect(source.calls()).toBe(1);
  });

  it("forgets the bytes once handed over: a second read reads again", async () => {
    const source = countingRead(async () => new Uint8Array([3]));
    const input = prefetchingRead(source.readNow);
    input.prefetch();
    await input.read();
    await input.read();
    expect(source.calls()).toBe(2);
  });

  it("reports an early failure to the reader, not as an unhandled rejection", async () => {
    const source = countingRead(async () => {
      throw new Error("ENOENT");
    });
    const input = prefetchingRead(source.readNow);
    input.prefetch();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await expect(input.read()).rejects.toThrow("ENOENT");
  });

  it("reads on demand when nothing was prefetched", async () => {
    const source = countingRead(async () => new Uint8Array([4]));
    const input = prefetchingRead(source.readNow);
    expect([...(await input.read())]).toEqual([4]);
    expect(source.calls()).toBe(1);
  });
});
