/**
 * The kernel's order of steps, end to end: what each front end gets from lintFile and lintPair.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { planFileFix } from "../../src/fix/plan-file-fix.js";
import { lintAt, lintPairAt } from "./lint.js";

const counts = vi.hoisted(() => ({ decoded: 0, parsed: 0 }));

vi.mock("../../src/document/encodings.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/document/encodings.js")>();
  return {
    ...actual,
    decodeBytesDetailed: (...args: Parameters<typeof actual.decodeBytesDetailed>) => {
      counts.decoded++;
      return actual.decodeBytesDetailed(...args);
    },
  };
});

vi.mock("htmlparser2", async (importOriginal) => {
  const actual = await importOriginal<typeof import("htmlparser2")>();
  class CountedParser extends actual.Parser {
    constructor(...args: ConstructorParameters<typeof actual.Parser>) {
      super(...args);
      counts.parsed++;
    }
  }
  return { ...actual, Parser: CountedParser };
});

/** A folder with no .disclint.yaml in reach: the bundled packs run. */
const scratch = () => mkdtempSync(join(tmpdir(), "disclint-kernel-"));

const ENGLISH = (percentage: string) =>
  [
    "Lumen Harbour Biotech Limited (Stock Code: 9876) announces that 7 of 11 patients",
    `(${percentage}) responded to LHB-101 in the phase 2 trial.`,
    "",
    "Hong Kong, 18 March 2026",
  ].join("\n");
const CHINESE =
  "朗港生物科技有限公司（股份代號：9876）宣佈，在第二期試驗中，11名患者中有7名（36.6%）對LHB-101出現緩解。\n\n香港，2026年3月18日\n";
const PARITY = "hkex/bilingual-parity";

describe("lintPair", () => {
  it("reports the differences between the versions in each of them", async () => {
    const dir = scratch();
    const [english, chinese] = await lintPairAt(
      { path: join(dir, "notice-en.md"), content: ENGLISH("63.6%") },
      { path: join(dir, "notice-zh.md"), content: CHINESE },
    );
    const parity = (findings: { ruleId: string; suppressed?: unknown }[]) =>
      findings.filter((finding) => finding.ruleId === PARITY && !finding.suppressed);
    expect(parity(english.result.findings).length).toBeGreaterThan(0);
    expect(parity(chinese.result.findings).length).toBeGreaterThan(0);
  });

  it("lets a directive silence a parity finding, since pairing runs before directives", async () => {
    const dir = scratch();
    const directive = `<!-- disclint-disable-file ${PARITY} -- the Chinese version is corrected at printing -->\n\n`;
    // Either order of the arguments: the English version leads once both are read.
    const [chinese, english] = await lintPairAt(
      { path: join(dir, "notice-zh.md"), content: directive + CHINESE },
      { path: join(dir, "notice-en.md"), content: directive + ENGLISH("63.6%") },
    );
    for (const linted of [english, chinese]) {
      const parity = linted.result.findings.filter((finding) => finding.ruleId === PARITY);
      expect(parity.length).toBeGreaterThan(0);
      expect(parity.every((finding) => finding.suppressed?.kind === "directive")).toBe(true);
      expect(linted.result.findings.map((finding) => finding.ruleId)).not.toContain(
        "disclint/unused-directive",
      );
    }
  });

  it("checks an unreadable version's partner alone", async () => {
    const dir = scratch();
    const [english, chinese] = await lintPairAt(
      { path: join(dir, "notice-en.md"), content: ENGLISH("63.6%") },
      { path: join(dir, "notice-zh.md"), content: new Uint8Array([0, 1, 2, 0, 0, 0, 255, 0]) },
    );
    expect(chinese.result.errors.map((error) => error.code)).toEqual(["binary-file"]);
    expect(english.result.findings.map((finding) => finding.ruleId)).not.toContain(PARITY);
  });
});

describe("lintFile", () => {
  it("reads the board from a GEM code written 證券代號, the one stock-code reading", async () => {
    const text = [
      "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責。",
      "",
      "晨潮控股有限公司",
      "（於開曼群島註冊成立之有限公司）",
      "（證券代號：8123）",
      "",
      "公告",
    ].join("\n");
    const { result } = await lintAt(join(scratch(), "notice.txt"), text);
    expect(result.profile.stockCode?.value).toBe("8123");
    expect(result.profile.board).toMatchObject({ value: "gem", source: "stock-code" });
  });

  it("decodes and parses an HTML draft once, for the checks, the directives and --fix alike", async () => {
    const draft = readFileSync(
      join(import.meta.dirname, "../../examples/silverpine-bay/defective-en.txt"),
      "utf8",
    );
    const paragraphs = draft.split(/\n\s*\n/).filter((block) => block.trim() !== "");
    const body = paragraphs.map(
      (paragraph) => `<p>${paragraph.trim().replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`,
    );
    const html = `<html><body>\n<!-- disclint-disable-file hkex/placeholders -- filled at printing -->\n${body.join("\n")}\n</body></html>\n`;
    const bytes = new TextEncoder().encode(html);
    counts.decoded = 0;
    counts.parsed = 0;
    const { result, document } = await lintAt(join(scratch(), "draft.html"), bytes);
    if (!document) throw new Error(JSON.stringify(result.errors));
    const placeholders = result.findings.filter((finding) => finding.ruleId === "hkex/placeholders");
    expect(placeholders.length).toBeGreaterThan(0);
    expect(placeholders.every((finding) => finding.suppressed?.kind === "directive")).toBe(true);
    expect(planFileFix(document, result.findings, bytes).status).toBe("edits");
    expect(counts).toEqual({ decoded: 1, parsed: 1 });
  });
});
