/**
 * The checklist's verdict on a rule that checks only when the document calls for it: nothing
 * triggered is "not applicable" (with the reason), not a pass it never earned.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ChecklistEntry } from "../../src/engine/types.js";
import { lintAt } from "./lint.js";

const RULE = "hkex/forward-looking";
const COVER = "Lumen Harbour Biotech Limited\n(Stock Code: 9876)\n\nVOLUNTARY ANNOUNCEMENT\n\n";
const LEGEND =
  "\n\nFORWARD-LOOKING STATEMENTS\n\nThis announcement contains forward-looking statements. They are subject to risks and uncertainties, and shareholders should not place undue reliance on them.\n";

async function entryFor(text: string): Promise<ChecklistEntry | undefined> {
  const path = join(mkdtempSync(join(tmpdir(), "disclint-checklist-")), "draft.txt");
  const linted = await lintAt(path, text, { include: { checklist: true } });
  return linted.result.checklist?.find((entry) => entry.ruleId === RULE);
}

describe("checklist: conditional rules", () => {
  it("is not applicable, with the reason, when nothing triggers the statement", async () => {
    const entry = await entryFor(`${COVER}The Board met on 2 March 2026 and approved the accounts.\n`);
    expect(entry?.status).toBe("not-applicable");
    expect(entry?.reason).toMatch(/nothing in this document calls for/);
  });

  it("fails when the trigger is there and the statement is not", async () => {
    const entry = await entryFor(`${COVER}The Company expects to launch the product in 2027.\n`);
    expect(entry?.status).toBe("fail");
  });

  it("passes when the trigger and the statement are both there", async () => {
    const entry = await entryFor(`${COVER}The Company expects to launch the product in 2027.${LEGEND}`);
    expect(entry?.status).toBe("pass");
  });
});
