/**
 * `disclint check draft.docx --annotate reviewed.docx`, as a user runs it: the reviewed copy
 * holds one comment per finding of the report, on the finding's words; the draft is untouched;
 * requests that cannot be carried out are refused before anything is checked or written.
 */
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocxSource } from "../../src/document/read-docx.js";
import { runCli } from "../helpers/run-cli.js";
import { readComments } from "./helpers/read-comments.js";

/** An inside-information draft for a fictional GEM issuer, with defects the bundled rules find. */
async function gemDraft(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph(
            "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement.",
          ),
          new Paragraph({
            children: [new TextRun({ text: "COPPERLEAF TIDAL ENERGY HOLDINGS LIMITED", bold: true })],
          }),
          new Paragraph("(incorporated in Bermuda with limited liability)"),
          new Paragraph("(Stock Code: 8642)"),
          new Paragraph("INSIDE INFORMATION"),
          new Paragraph(
            "This announcement is made by Copperleaf Tidal Energy Holdings Limited (the “Company”) pursuant to Rule 13.09 of the Listing Rules and Part XIVA of the SFO.",
          ),
          new Paragraph({
            children: [
              new TextRun(
                "The Board wishes to inform shareholders that the turbine array at Lamma South was shut down on ",
              ),
              new TextRun({ text: "Monday, 3 March 2026", bold: true }),
              new TextRun(" for inspection."),
            ],
          }),
          new Paragraph("By order of the Board"),
          new Paragraph("Hong Kong, 4 March 2026"),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

let dir: string;
let draft: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "disclint-annotate-cli-"));
  draft = await gemDraft();
  writeFileSync(join(dir, "draft.docx"), draft);
  writeFileSync(join(dir, "other.docx"), draft);
  writeFileSync(join(dir, "draft.txt"), "A plain-text draft.\n");
  symlinkSync(join(dir, "draft.docx"), join(dir, "linked.docx"));
});

interface ReportFinding {
  ruleId: string;
  message: string;
  span: { start: { offset: number }; end: { offset: number } };
}

describe("check --annotate", () => {
  it("writes a reviewed copy with one comment per finding, on its words, and leaves the draft alone", async () => {
    const result = await runCli(["check", "draft.docx", "--annotate", "reviewed.docx", "--format", "json"], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as { files: { findings: ReportFinding[] }[] }).files[0]
      ?.findings as ReportFinding[];
    expect(findings.length).toBeGreaterThan(3);
    expect(readFileSync(join(dir, "draft.docx"))).toEqual(Buffer.from(draft));
    const reviewed = new Uint8Array(readFileSync(join(dir, "reviewed.docx")));
    const comments = await readComments(reviewed);
    expect(comments).toHaveLength(findings.length);
    expect(result.stderr).toContain(`wrote reviewed.docx with ${findings.length} comments`);
    const { text } = await readDocxSource("draft.docx", draft);
    const weekday = findings.findIndex((finding) => finding.ruleId === "hkex/weekday-date");
    expect(weekday).toBeGreaterThanOrEqual(0);
    findings.forEach((finding, index) => {
      const comment = comments[index];
      expect(comment?.author).toBe("disclint");
      expect(comment?.text.split("\n")[0]).toBe(finding.message);
      expect(comment?.text).toContain(`rule ${finding.ruleId}`);
      const words = text.slice(finding.span.start.offset, finding.span.end.offset);
      if (words !== "") expect(comment?.range).toBe(words);
    });
    expect(comments[weekday]?.range).toBe("Monday, 3 March 2026");
  });

  it("refuses what it cannot do, before checking, and writes nothing", async () => {
    const refusals: [string[], RegExp][] = [
      [["draft.txt", "--annotate", "out.docx"], /needs a \.docx draft; draft\.txt is not one/],
      [["draft.docx", "other.docx", "--annotate", "out.docx"], /name exactly one \.docx file/],
      [[dir, "--annotate", "out.docx"], /needs a \.docx draft/],
      [["*.docx", "--annotate", "out.docx"], /the \.docx file itself, not a folder or a pattern/],
      [["--stdin", "--stdin-filename", "x.docx", "--annotate", "out.docx"], /name exactly one \.docx file/],
      [["draft.docx", "--annotate", "out.pdf"], /give the copy a \.docx name/],
      [["draft.docx", "--annotate", "draft.docx"], /another file than the draft/],
      [["draft.docx", "--annotate", "./sub/../draft.docx"], /another file than the draft/],
      [["draft.docx", "--annotate", "linked.docx"], /another file than the draft/],
    ];
    for (const [args, message] of refusals) {
      const result = await runCli(["check", ...args], { cwd: dir, stdin: "" });
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe("");
    }
    expect(existsSync(join(dir, "out.docx"))).toBe(false);
    expect(readFileSync(join(dir, "draft.docx"))).toEqual(Buffer.from(draft));
  });

  it("writes no copy of a draft it could not read, and says why", async () => {
    writeFileSync(join(dir, "damaged.docx"), "PK not really a zip");
    const result = await runCli(["check", "damaged.docx", "--annotate", "damaged-reviewed.docx"], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no annotated copy written: damaged.docx could not be checked");
    expect(existsSync(join(dir, "damaged-reviewed.docx"))).toBe(false);
  });

  it("says so when the copy cannot be written", async () => {
    const result = await runCli(["check", "draft.docx", "--annotate", "missing-folder/reviewed.docx"], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write the annotated copy to missing-folder\/reviewed\.docx/);
  });
});
