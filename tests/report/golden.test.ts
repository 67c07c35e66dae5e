/**
 * Golden output per format: every registered format renders the one fixed report
 * (hostile-report.ts: escapes, CJK, suppressed findings, a Word paragraph and a PDF page, a
 * checklist, an unreadable file) exactly as tests/report/golden/<format>.txt holds it. A new
 * format has no golden file yet: write it with DISCLINT_UPDATE_GOLDEN=1, then read it through
 * before committing; a change to an existing format shows as a diff to review.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPORTERS } from "../../src/report/reporters.js";
import { CWD, hostileReport } from "./hostile-report.js";

const GOLDEN = join(import.meta.dirname, "golden");
const update = process.env.DISCLINT_UPDATE_GOLDEN === "1";

describe.each([...REPORTERS.keys()])("the %s format", (name) => {
  it("renders the fixed report as its golden file holds it", () => {
    const reporter = REPORTERS.get(name);
    if (!reporter) throw new Error(`no reporter ${name}`);
    // Compared as UTF-8 bytes, as written to a file: a lone surrogate is one replacement character.
    const rendered = Buffer.from(reporter.render(hostileReport(), { color: false, cwd: CWD }), "utf8");
    const file = join(GOLDEN, `${name}.txt`);
    if (update) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, rendered);
    }
    expect(
      existsSync(file),
      `${file} is missing: run with DISCLINT_UPDATE_GOLDEN=1 and read it through`,
    ).toBe(true);
    expect(rendered.toString("utf8")).toBe(readFileSync(file).toString("utf8"));
  });
});
