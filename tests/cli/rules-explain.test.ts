/**
 * `rules explain` tells a company secretary what a rule rests on: the provision's own words when
 * they were read, with the text and version read, and plainly when it is practice, not a rule.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { edit, SAMPLE_PACK } from "../rules/sample-pack.js";

const QUOTED = edit(
  `    citation:
      source: Market practice
      url: https://example.com/practice
      verified: false
    check:
      kind: forbidden`,
  `    citation:
      source: Demo Rule 1.01
      url: https://example.com/rule-1-01
      verified: true
      quote: An announcement must not contain unfinished drafting marks.
      edition: Demo Rulebook, English text as published online
      effective: 2025-07-01
    check:
      kind: forbidden`,
);

function packAt(text: string): { dir: string; pack: string } {
  const dir = mkdtempSync(join(tmpdir(), "disclint-explain-"));
  writeFileSync(join(dir, "demo.yaml"), text);
  return { dir, pack: join(dir, "demo.yaml") };
}

describe("rules explain", () => {
  it("quotes the provision with the text and version read, and says it is a Listing Rule", async () => {
    const { dir, pack } = packAt(QUOTED);
    const result = await runCli(["rules", "explain", "demo/placeholder-left", "--pack", pack], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Rests on:  a Listing Rule whose text was read");
    expect(result.stdout).toContain("“An announcement must not contain unfinished drafting marks.”");
    expect(result.stdout).toContain(
      "(Demo Rulebook, English text as published online, in force from 2025-07-01)",
    );
  });

  it("does not claim the text was read when a Listing Rule citation is not verified", async () => {
    const unread = QUOTED.replace("verified: true", "verified: false\n      basis: listing-rule");
    const { dir, pack } = packAt(unread);
    const result = await runCli(["rules", "explain", "demo/placeholder-left", "--pack", pack], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Rests on:  a Listing Rule whose text was not read");
    expect(result.stdout).not.toContain("whose text was read");
  });

  it("says plainly when a rule rests on practice", async () => {
    const { dir, pack } = packAt(SAMPLE_PACK);
    const result = await runCli(["rules", "explain", "demo/stock-code", "--pack", pack], { cwd: dir });
    expect(result.stdout).toContain("Rests on:  market practice, not a Listing Rule");
    expect(result.stdout).not.toContain("The provision says");
  });

  it("rejects a quote's date that is not YYYY-MM-DD as a pack error", async () => {
    const { dir, pack } = packAt(QUOTED.replace("effective: 2025-07-01", "effective: 1 July 2025"));
    const result = await runCli(["rules", "validate", pack], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toMatch(/effective/);
  });
});
