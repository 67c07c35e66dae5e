/**
 * Property: for any mix of defects introduced into the clean Lumen Harbour draft (or the
 * defective Silverpine Bay one), applying the fixes never adds a finding, and a second fix
 * pass has nothing left to edit.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAt, DEFECTIVE, EXAMPLES, fixAt, ruleIds, workspace } from "./helpers.js";

const CLEAN = readFileSync(join(EXAMPLES, "lumen-harbour/18a-voluntary-clean-en.txt"), "utf8");

const dropLine = (pattern: RegExp) => (text: string) =>
  text
    .split("\n")
    .filter((line) => !pattern.test(line))
    .join("\n");

/** Each defect deletes or alters one statement, as a drafter might. */
const DEFECTS: Record<string, (text: string) => string> = {
  "drop the cautionary statement": dropLine(/^The Company cannot guarantee/),
  "drop the forward-looking legend": dropLine(/^This announcement contains forward-looking statements/),
  "drop the language line": dropLine(/^In case of any inconsistency/),
  "drop a disclaimer limb": (text) => text.replace(" and expressly disclaim any liability whatsoever", ""),
  "wrong weekday": (text) => text.replace("on Monday, 16 March 2026", "on Tuesday, 16 March 2026"),
  "second wrong weekday": (text) => text.replace("Monday, 2 June", "Friday, 2 June"),
  "reword the disclaimer": (text) => text.replace("take no responsibility", "accept no responsibility"),
  "CRLF line endings": (text) => text.replace(/\n/g, "\r\n"),
};

describe("fixing is safe and idempotent", () => {
  it("never adds a finding, and a second pass changes nothing", async () => {
    const dir = workspace("lumen-harbour");
    await fc.assert(
      fc.asyncProperty(fc.subarray(Object.keys(DEFECTS)), async (chosen) => {
        const draft = chosen.reduce((text, name) => (DEFECTS[name] as (t: string) => string)(text), CLEAN);
        const after = await expectSafeFix(dir, draft);
        // The fixes do fix: a wrong weekday and a missing language line never survive.
        if (chosen.includes("wrong weekday")) expect(after).not.toContain("hkex/weekday-date");
        if (chosen.includes("drop the language line"))
          expect(after).not.toContain("hkex/language-precedence");
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("holds for the defective example too", async () => {
    await expectSafeFix(workspace("silverpine-bay"), DEFECTIVE);
  }, 60_000);
});

async function expectSafeFix(dir: string, draft: string): Promise<string[]> {
  const path = join(dir, "draft.txt");
  writeFileSync(path, draft);
  const before = ruleIds((await checkAt(path, readFileSync(path))).result.findings);
  const first = await fixAt(dir, "draft.txt", draft, "write");
  const after = ruleIds(first.result?.findings ?? (await checkAt(path, readFileSync(path))).result.findings);
  expect(after.length).toBeLessThanOrEqual(before.length);
  // No rule reports anything it did not report before.
  for (const id of new Set(after))
    expect(after.filter((x) => x === id).length).toBeLessThanOrEqual(before.filter((x) => x === id).length);
  const second = await fixAt(dir, "draft.txt", readFileSync(path), "dry-run");
  expect(second.status, second.diff).toBe("nothing-to-fix");
  return after;
}
