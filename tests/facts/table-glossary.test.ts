/**
 * A glossary set as a Word table: read by its rows, so that a term without quotes or a meaning
 * over many paragraphs keeps its definition, and no defined term is reported as undefined.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/document/read-docx.js";
import { extractDefinitions } from "../../src/facts/definitions.js";
import { runCli } from "../helpers/run-cli.js";

type CellText = string | string[];
const cell = (text: CellText) =>
  new TableCell({ children: (Array.isArray(text) ? text : [text]).map((line) => new Paragraph(line)) });
const row = (...cells: CellText[]) => new TableRow({ children: cells.map(cell) });

const BODY =
  "On 2 March 2026 the “Subscription” was completed. The Subscription Shares were allotted under the General Mandate to the Subscriber at the Subscription Price.";

async function wordDraft(heading: string, rows: TableRow[], body = BODY): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph("Tidewater Lantern Holdings Limited"),
          new Paragraph("(Stock Code: 9876)"),
          new Paragraph(body),
          ...(heading ? [new Paragraph({ heading: HeadingLevel.HEADING_1, text: heading })] : []),
          new Table({ rows }),
          new Paragraph("By order of the Board"),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

async function termsIn(bytes: Uint8Array): Promise<string[]> {
  const document = await readDocx("draft.docx", bytes);
  return extractDefinitions(document).map((definition) => definition.term);
}

const UNQUOTED = [
  row("General Mandate", "the general mandate granted to the Directors at the annual general meeting"),
  row("Subscriber", "Kestrel Bay Capital Limited"),
  row("Subscription", "the subscription of the Subscription Shares by the Subscriber"),
  row("Subscription Price", "HK$1.00 per Subscription Share"),
  row("Subscription Shares", "the 1,000,000 new Shares"),
];
const TERMS = ["General Mandate", "Subscriber", "Subscription", "Subscription Price", "Subscription Shares"];

describe("a glossary set as a Word table", () => {
  it("defines terms written without quotes under a definitions heading: no false 'undefined'", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-table-glossary-"));
    writeFileSync(join(dir, "draft.docx"), await wordDraft("DEFINITIONS", UNQUOTED));
    expect(await termsIn(await wordDraft("DEFINITIONS", UNQUOTED))).toEqual(TERMS);
    const result = await runCli(["check", "draft.docx", "--format", "json", "--no-regime"], { cwd: dir });
    const findings = (JSON.parse(result.stdout) as { files: { findings: { ruleId: string }[] }[] }).files[0]
      ?.findings;
    expect(findings?.length).toBeGreaterThan(0); // the draft was checked
    expect(findings?.map((finding) => finding.ruleId)).not.toContain("hkex/definition-undefined");
  });

  it("reads every row when a meaning runs over many paragraphs of its cell", async () => {
    const long = [
      row('"General Mandate"', [
        "the general mandate granted to the Directors",
        "at the annual general meeting held on 1 June 2025",
        "to allot, issue and deal with",
        "up to 20% of the Shares",
        "in issue on that date,",
        "subject to adjustment",
        "as described in the circular",
      ]),
      row('"Subscriber"', "Kestrel Bay Capital Limited"),
      row('"Subscription"', "the subscription of the Subscription Shares by the Subscriber"),
    ];
    expect(await termsIn(await wordDraft("DEFINITIONS", long))).toEqual([
      "General Mandate",
      "Subscriber",
      "Subscription",
    ]);
  });

  it("reads a Chinese glossary table with its 指 column, once each", async () => {
    const rows = [
      row("「一般授權」", "指", "授予董事的一般授權"),
      row("「認購人」", "指", "鷹灣資本有限公司"),
      row("「認購事項」", "指", "認購人認購認購股份"),
    ];
    const body = "於2026年3月2日，「認購事項」已完成。認購股份已根據一般授權配發予認購人。";
    expect(await termsIn(await wordDraft("釋義", rows, body))).toEqual(["一般授權", "認購人", "認購事項"]);
  });

  it("does not read a table of figures as a glossary", async () => {
    const figures = [row("Revenue", "HK$12.5 million"), row("Loss for the year", "HK$3.1 million")];
    expect(await termsIn(await wordDraft("FINANCIAL HIGHLIGHTS", figures))).toEqual([]);
  });
});
