import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Document as DocxDocument, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import {
  applyBaseline,
  type Baseline,
  EXPIRED_WAIVER,
  emptyBaseline,
  fingerprint,
  parseBaseline,
  serialiseBaseline,
  updateBaseline,
} from "../../src/engine/baseline.js";
import { summarise } from "../../src/engine/summarise.js";
import type { FileResult } from "../../src/engine/types.js";
import { lintAt } from "./lint.js";

const dir = join(import.meta.dirname, "../../examples/silverpine-bay");
const paragraphs = readFileSync(join(dir, "defective-en.txt"), "utf8")
  .split(/\n\s*\n/)
  .map((block) => block.trim())
  .filter((block) => block !== "");

async function docx(texts: readonly string[]): Promise<Uint8Array> {
  const document = new DocxDocument({ sections: [{ children: texts.map((text) => new Paragraph(text)) }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

async function checkDocx(texts: readonly string[]) {
  const checked = await lintAt(join(dir, "draft.docx"), await docx(texts));
  const { document } = checked;
  if (!document) throw new Error(`not checked: ${JSON.stringify(checked.result.errors)}`);
  return { path: "draft.docx", document, result: checked.result };
}

/** The result with the baseline's waivers applied, as the kernel applies them. */
function waive(
  checked: Awaited<ReturnType<typeof checkDocx>>,
  baseline: Baseline,
  path: string,
  asOf: string,
): FileResult {
  return {
    ...checked.result,
    findings: applyBaseline(checked.result.findings, checked.document, baseline, path, asOf),
  };
}

describe("baseline for a Word document", () => {
  it("accepts every current finding, and keeps accepting them after an edit elsewhere", async () => {
    const first = await checkDocx(paragraphs);
    expect(first.result.findings.length).toBeGreaterThan(3);
    const baseline = updateBaseline(emptyBaseline(), [first], "2026-03-20");
    expect(baseline.entries).toHaveLength(first.result.findings.length);

    const same = waive(first, baseline, "draft.docx", "2026-03-20");
    expect(same.findings.every((f) => f.suppressed?.kind === "baseline")).toBe(true);
    expect(summarise([same])).toMatchObject({
      errors: 0,
      warnings: 0,
      suppressed: first.result.findings.length,
    });

    // A new paragraph in the middle moves every later finding, but not the text around it.
    const edited = [...paragraphs];
    edited.splice(6, 0, "The Company will publish a further announcement as and when appropriate.");
    const second = await checkDocx(edited);
    const after = waive(second, baseline, "draft.docx", "2026-03-20");
    expect(after.findings.filter((f) => !f.suppressed)).toEqual([]);
  });

  it("reports a finding again when the text around it changes", async () => {
    const first = await checkDocx(paragraphs);
    const baseline = updateBaseline(emptyBaseline(), [first], "2026-03-20");
    const changed = paragraphs.map((text) => text.replace("on [●] 2025", "on [●] 2025 at the Sha Tin site"));
    expect(changed).not.toEqual(paragraphs);
    const second = await checkDocx(changed);
    const after = waive(second, baseline, "draft.docx", "2026-03-20");
    expect(after.findings.filter((f) => !f.suppressed).map((f) => f.ruleId)).toEqual(["hkex/placeholders"]);
  });

  it("lets a waiver lapse after its expiry date, and says so", async () => {
    const first = await checkDocx(paragraphs);
    const baseline = updateBaseline(emptyBaseline(), [first], "2026-03-20");
    for (const entry of baseline.entries)
      if (entry.ruleId === "hkex/ined-min-three") entry.expires = "2026-03-31";
    const onTheDay = waive(first, baseline, "draft.docx", "2026-03-31");
    expect(onTheDay.findings.filter((f) => !f.suppressed)).toEqual([]);
    const later = waive(first, baseline, "draft.docx", "2026-04-01");
    expect(
      later.findings
        .filter((f) => !f.suppressed)
        .map((f) => f.ruleId)
        .sort(),
    ).toEqual([EXPIRED_WAIVER, "hkex/ined-min-three"]);
    expect(later.findings.find((f) => f.ruleId === EXPIRED_WAIVER)?.message).toContain("2026-03-31");
  });

  it("keeps justifications and expiry on update, and entries of files not checked", async () => {
    const first = await checkDocx(paragraphs);
    const initial = updateBaseline(emptyBaseline(), [first], "2026-03-20");
    const reviewed: Baseline = {
      version: 1,
      entries: [
        ...initial.entries.map((entry) => ({
          ...entry,
          justification: "accepted by the company secretary",
          expires: "2026-12-31",
        })),
        { ruleId: "hkex/disclaimer", fingerprint: "abc", path: "other.docx", justification: "other file" },
      ],
    };
    const updated = updateBaseline(reviewed, [first], "2026-04-01");
    expect(updated.entries).toHaveLength(initial.entries.length + 1);
    expect(
      updated.entries
        .filter((e) => e.path === "draft.docx")
        .every((e) => e.justification === "accepted by the company secretary" && e.expires === "2026-12-31"),
    ).toBe(true);
    expect(updated.entries.some((e) => e.path === "other.docx")).toBe(true);
  });

  it("applies entries only to their own path", async () => {
    const first = await checkDocx(paragraphs);
    const baseline = updateBaseline(emptyBaseline(), [first], "2026-03-20");
    const elsewhere = waive(first, baseline, "another.docx", "2026-03-20");
    expect(elsewhere.findings.some((f) => f.suppressed)).toBe(false);
  });

  it("fingerprints differ by rule", async () => {
    const { document, result } = await checkDocx(paragraphs);
    const finding = result.findings[0];
    if (!finding) throw new Error("no finding");
    expect(fingerprint(document, finding)).not.toBe(
      fingerprint(document, { ...finding, ruleId: "hkex/other" }),
    );
  });
});

describe("baseline files", () => {
  it("round-trips through JSON", () => {
    const baseline: Baseline = {
      version: 1,
      entries: [
        {
          ruleId: "hkex/disclaimer",
          fingerprint: "f00",
          path: "a.docx",
          justification: "why",
          expires: "2026-06-30",
        },
      ],
    };
    expect(parseBaseline(serialiseBaseline(baseline))).toEqual(baseline);
  });

  it("describes what is wrong instead of throwing", () => {
    expect(parseBaseline("{")).toMatchObject({ problem: expect.stringContaining("not valid JSON") });
    expect(parseBaseline('{"version":2,"entries":[]}')).toMatchObject({
      problem: expect.stringContaining('"version": 1'),
    });
    expect(
      parseBaseline(
        '{"version":1,"entries":[{"ruleId":"a/b","fingerprint":"x","justification":"y","expires":"2026-02-30"}]}',
      ),
    ).toEqual({ problem: 'entry 1: "expires" must be a date written YYYY-MM-DD' });
    expect(parseBaseline('{"version":1,"entries":[{"ruleId":"a/b","fingerprint":"x"}]}')).toEqual({
      problem: 'entry 1: "justification" must be a string',
    });
  });
});
