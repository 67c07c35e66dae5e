import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { applyPatch } from "diff";
import { Document as DocxDocument, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { checkAt, DEFECTIVE, EXAMPLES, fixAt, ruleIds, workspace } from "../fix/helpers.js";

// What the defective draft's suggestions can fix; the rest need a person.
const FIXABLE = [
  "hkex/18a-cautionary",
  "hkex/disclaimer",
  "hkex/forward-looking",
  "hkex/language-precedence",
  "hkex/weekday-date",
];

describe("--fix-dry-run on the defective example", () => {
  it("prints a unified diff that, applied, clears the fixable findings and nothing else", async () => {
    const dir = workspace("silverpine-bay");
    const before = (await checkAt(join(dir, "draft.txt"), new TextEncoder().encode(DEFECTIVE))).result;
    const outcome = await fixAt(dir, "draft.txt", DEFECTIVE, "dry-run");
    expect(outcome.status).toBe("would-fix");
    expect(outcome.diff).toMatch(/^--- a\/draft\.txt\n\+\+\+ b\/draft\.txt\n@@ /);
    expect(outcome.diff).toContain("+In case of any inconsistency, the English text");
    expect(outcome.diff).toContain(
      '-The board of directors of the Company (the "Board") is pleased to announce that on Tuesday',
    );
    // A dry run never writes.
    expect(readFileSync(join(dir, "draft.txt"), "utf8")).toBe(DEFECTIVE);

    const patched = applyPatch(DEFECTIVE, outcome.diff);
    if (patched === false) throw new Error("the diff does not apply");
    const after = (await checkAt(join(dir, "draft.txt"), new TextEncoder().encode(patched))).result;
    const remaining = ruleIds(before.findings).filter((id) => !FIXABLE.includes(id));
    expect(ruleIds(before.findings)).toEqual(expect.arrayContaining(FIXABLE));
    expect(ruleIds(after.findings)).toEqual(remaining);
  });
});

describe("--fix-dry-run on a Chinese draft", () => {
  it("replaces only the wrong weekday character, after 星期 and after 週", async () => {
    const dir = workspace("lumen-harbour");
    const draft = "董事會會議將於2026年3月3日（星期三）舉行，股東週年大會將於2026年3月3日(週三)舉行。\n";
    const outcome = await fixAt(dir, "draft-zh.txt", draft, "dry-run");
    const changed = outcome.diff
      .split("\n")
      .filter((line) => line.startsWith("+") && line.includes("2026年3月3日"));
    expect(changed).toEqual([
      "+董事會會議將於2026年3月3日（星期二）舉行，股東週年大會將於2026年3月3日(週二)舉行。",
    ]);
  });

  it("never inserts a fact it cannot know, such as where the issuer is incorporated", async () => {
    const dir = workspace("lumen-harbour");
    const outcome = await fixAt(
      dir,
      "draft-zh.txt",
      "董事會會議將於2026年3月3日（星期二）舉行。\n",
      "dry-run",
    );
    expect(outcome.diff).not.toMatch(/註冊成立/);
    expect(outcome.diff).not.toMatch(/\[|【/);
  });
});

describe("--fix", () => {
  it("preserves the byte-order mark, CRLF endings, final newline and mode, then reports what remains", async () => {
    const dir = workspace("silverpine-bay");
    const crlf = `\uFEFF${DEFECTIVE.replace(/\n/g, "\r\n")}`;
    const path = join(dir, "draft.txt");
    const before = (await checkAt(path, new TextEncoder().encode(crlf))).result;
    writeFileSync(path, crlf);
    chmodSync(path, 0o604);
    const outcome = await fixAt(dir, "draft.txt", crlf, "write");
    expect(outcome.status).toBe("fixed");
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // every break is CRLF, the inserted ones too
    expect(text.endsWith("Chinese text.\r\n")).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o604);
    expect(readdirSync(dir).sort()).toEqual([".disclint.yaml", "draft.txt"]);
    expect(ruleIds(outcome.result?.findings ?? [])).toEqual(
      ruleIds(before.findings).filter((id) => !FIXABLE.includes(id)),
    );
    // A second --fix changes nothing.
    const again = await fixAt(dir, "draft.txt", bytes, "write");
    expect(again.status).toBe("nothing-to-fix");
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("leaves the draft untouched when the write fails midway", async () => {
    const dir = workspace("silverpine-bay");
    const outcome = await fixAt(dir, "draft.md", DEFECTIVE, "write", async (handle, data) => {
      await handle.write(data.subarray(0, 100));
      throw new Error("simulated crash");
    });
    expect(outcome.status).toBe("failed");
    expect(outcome.note).toContain("unchanged");
    expect(readFileSync(join(dir, "draft.md"), "utf8")).toBe(DEFECTIVE);
    expect(readdirSync(dir).sort()).toEqual([".disclint.yaml", "draft.md"]);
  });

  it("rewrites HTML markup: the weekday in place, missing statements as new paragraphs", async () => {
    const dir = workspace("silverpine-bay");
    const paragraphs = DEFECTIVE.split(/\n\s*\n/).filter((block) => block.trim() !== "");
    const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    const html = `<!DOCTYPE html>\n<html><body>\n${paragraphs.map((p) => `<p>${escapeText(p.trim()).replace(/\n/g, "<br>\n")}</p>`).join("\n")}\n</body></html>\n`;
    const outcome = await fixAt(dir, "draft.html", html, "write");
    expect(outcome.status).toBe("fixed");
    const written = readFileSync(join(dir, "draft.html"), "utf8");
    expect(written).toContain("announce that on Monday, 16 March 2026");
    expect(written).toMatch(
      /<p>In case of any inconsistency, the English text of this announcement shall prevail over the Chinese text\.<\/p>\n<\/body>/,
    );
    expect(ruleIds(outcome.result?.findings ?? [])).not.toContain("hkex/weekday-date");
    expect(ruleIds(outcome.result?.findings ?? [])).not.toContain("hkex/language-precedence");
  });

  it("gives a Word document suggestions only, never a write", async () => {
    const dir = workspace("silverpine-bay");
    const paragraphs = DEFECTIVE.split(/\n\s*\n/).map((p) => new Paragraph(p.trim()));
    const bytes = new Uint8Array(
      await Packer.toBuffer(new DocxDocument({ sections: [{ children: paragraphs }] })),
    );
    const outcome = await fixAt(dir, "draft.docx", bytes, "write");
    expect(outcome.status).toBe("suggestions-only");
    expect(outcome.note).toMatch(/suggestion\(s\) only: only \.txt, \.md and \.html/);
    expect(readFileSync(join(dir, "draft.docx")).equals(Buffer.from(bytes))).toBe(true);
  });

  it("does not rewrite a file that is not UTF-8", async () => {
    const dir = workspace("silverpine-bay");
    const utf16 = Buffer.from(`\uFEFF${DEFECTIVE}`, "utf16le");
    const outcome = await fixAt(dir, "draft.txt", utf16, "write");
    expect(outcome.status).toBe("suggestions-only");
    expect(outcome.note).toContain("not UTF-8");
    expect(readFileSync(join(dir, "draft.txt")).equals(utf16)).toBe(true);
  });
});

describe("--fix inserts a missing statement as a paragraph of its own, where it belongs", () => {
  const clean = readFileSync(join(EXAMPLES, "lumen-harbour/18a-voluntary-clean-en.txt"), "utf8");
  // The draft without its 18A cautionary section, and with a mere mention of its Chinese version
  // (which calls for the language line) where the language line was.
  const draft = clean
    .replace(/CAUTIONARY STATEMENT REQUIRED BY RULE 18A\.05[^\n]*\n\n[^\n]*\n\n/, "")
    .replace(
      /\n\nIn case of any inconsistency[^\n]*\n$/,
      "\n\nA Chinese version of this announcement is also published.\n",
    );
  const CAUTIONARY =
    /Cautionary Statement required by Rule 18A\.05 of the Listing Rules: [^\n]*exercise caution when dealing in the shares of the Company\./;

  it.each(["draft.txt", "draft.md"])(
    "%s: the 18A statement before the signature block, the language line last",
    async (name) => {
      expect(draft).not.toMatch(/18A\.05|In case of any inconsistency/);
      const dir = workspace("lumen-harbour");
      const outcome = await fixAt(dir, name, draft, "write");
      expect(outcome.status).toBe("fixed");
      const fixed = readFileSync(join(dir, name), "utf8");
      expect(fixed).toMatch(new RegExp(`\\n\\n${CAUTIONARY.source}\\n\\nBy order of the Board\\n`));
      expect(fixed).toMatch(
        /also published\.\n\nIn case of any inconsistency, the English text of this announcement shall prevail over the Chinese text\.\n$/,
      );
      expect(ruleIds(outcome.result?.findings ?? [])).not.toContain("hkex/18a-cautionary");
    },
  );

  it("draft.html: each statement a <p> of its own, the 18A one before the signature block", async () => {
    const dir = workspace("lumen-harbour");
    const paragraphs = draft.split(/\n\s*\n/).filter((block) => block.trim() !== "");
    const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    const html = `<!DOCTYPE html>\n<html><body>\n${paragraphs.map((p) => `<p>${escapeText(p.trim()).replace(/\n/g, "<br>\n")}</p>`).join("\n")}\n</body></html>\n`;
    const outcome = await fixAt(dir, "draft.html", html, "write");
    expect(outcome.status).toBe("fixed");
    const written = readFileSync(join(dir, "draft.html"), "utf8");
    expect(written).toMatch(new RegExp(`<p>${CAUTIONARY.source}</p>\\n<p>By order of the Board<br>`));
    expect(written).toMatch(/also published\.<\/p>\n<p>In case of any inconsistency[^<]*<\/p>\n<\/body>/);
    expect(written).not.toMatch(/(?:Directors|published)\.(?:Cautionary|In case)/);
  });
});
