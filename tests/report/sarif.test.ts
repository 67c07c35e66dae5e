/**
 * SARIF structure: rule descriptors with help links and default levels, results pointing at
 * their rule and region, page and paragraph in region properties, suppressions, the Listing
 * Rules taxonomy, fingerprints and the sign-off manifest. (Validation against the official
 * SARIF 2.1.0 schema needs ../shared and runs in tests/corpus/sarif.corpus.ts.)
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { fingerprint, sarifReporter } from "../../src/report/sarif.js";
import { taxonOf } from "../../src/report/sarif-taxonomy.js";
import { runCli } from "../helpers/run-cli.js";
import { CWD, HOSTILE_MESSAGE, hostileReport, spanOf, TEXT } from "./hostile-report.js";

const defectiveDir = join(import.meta.dirname, "..", "..", "examples", "silverpine-bay");

// Only the fields the assertions read.
interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
  snippet?: { text: string };
  properties?: { page?: number; paragraph?: number };
}
interface Location {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Region };
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Location[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; status: string; justification: string }[];
  taxa?: { id: string; index: number }[];
  fixes?: unknown[];
  relatedLocations?: unknown[];
}
interface Descriptor {
  id: string;
  helpUri: string;
  fullDescription: { text: string };
  shortDescription: { text: string };
  defaultConfiguration: { level: string };
  relationships: { target: { id: string; index: number; toolComponent: { name: string } } }[];
}
interface Run {
  tool: { driver: { name: string; rules: Descriptor[]; supportedTaxonomies: { name: string }[] } };
  taxonomies: { name: string; taxa: { id: string; name: string }[] }[];
  results: Result[];
  invocations: {
    executionSuccessful: boolean;
    toolExecutionNotifications: { message: { text: string } }[];
  }[];
  originalUriBaseIds: Record<string, { uri: string }>;
  properties?: { signOff?: { inputs: { sha256: string }[] } };
}

function runOf(sarif: string): Run {
  const log = JSON.parse(sarif) as { version: string; runs: Run[] };
  expect(log.version).toBe("2.1.0");
  expect(log.runs).toHaveLength(1);
  return log.runs[0] as Run;
}

describe("sarif: a real run over the defective example", () => {
  let code: number;
  let run: Run;
  beforeAll(async () => {
    const result = await runCli(["check", ".", "--format", "sarif"], { cwd: defectiveDir });
    code = result.code;
    run = runOf(result.stdout);
  });

  it("describes every rule that ran, with its citation as help link and its default level", () => {
    const rules = run.tool.driver.rules;
    expect(rules.length).toBeGreaterThan(20);
    const disclaimer = rules.find((rule) => rule.id === "hkex/disclaimer");
    expect(disclaimer?.helpUri).toMatch(/^https:\/\/en-rules\.hkex\.com\.hk\//);
    expect(disclaimer?.defaultConfiguration.level).toBe("warning");
    expect(disclaimer?.fullDescription.text.length).toBeGreaterThan(
      disclaimer?.shortDescription.text.length ?? 0,
    );
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  it("points each result at its rule and at the exact text in the file", () => {
    expect(code).toBe(1);
    expect(run.results.length).toBeGreaterThanOrEqual(9);
    for (const item of run.results) {
      expect(run.tool.driver.rules[item.ruleIndex]?.id).toBe(item.ruleId);
      expect(item.locations[0]?.physicalLocation.artifactLocation).toEqual({
        uri: "defective-en.txt",
        uriBaseId: "%SRCROOT%",
      });
    }
    const lines = readFileSync(join(defectiveDir, "defective-en.txt"), "utf8").split("\n");
    const placeholder = run.results.find((item) => item.ruleId === "hkex/placeholders");
    const region = placeholder?.locations[0]?.physicalLocation.region as Region;
    const line = lines[region.startLine - 1] ?? "";
    expect(line.slice(region.startColumn - 1, region.endColumn - 1)).toBe("[●]");
    expect(region.snippet?.text).toBe("[●]");
    expect(run.originalUriBaseIds["%SRCROOT%"]?.uri).toBe(`${pathToFileURL(defectiveDir).href}/`);
  });

  it("groups the rules by Listing Rule chapter in a taxonomy", () => {
    expect(run.tool.driver.supportedTaxonomies[0]?.name).toBe("HKEX Listing Rules");
    const taxa = run.taxonomies[0]?.taxa ?? [];
    const names = taxa.map((taxon) => taxon.name);
    expect(names).toEqual(
      expect.arrayContaining(["Chapter 13", "Chapter 14", "Chapter 18A", "Market practice"]),
    );
    for (const rule of run.tool.driver.rules) {
      const target = rule.relationships[0]?.target;
      expect(target?.toolComponent.name).toBe("HKEX Listing Rules");
      expect(taxa[target?.index ?? -1]?.id).toBe(target?.id);
    }
    const cautionary = run.tool.driver.rules.find((rule) => rule.id === "hkex/18a-cautionary");
    expect(taxa[cautionary?.relationships[0]?.target.index ?? -1]?.name).toBe("Chapter 18A");
  });

  it("carries the sign-off manifest in the run's properties", () => {
    const bytes = readFileSync(join(defectiveDir, "defective-en.txt"));
    expect(run.properties?.signOff?.inputs[0]?.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });
});

describe("sarif: a hand-built report with everything to carry", () => {
  const run = runOf(sarifReporter.render(hostileReport(), { color: false, cwd: CWD }));
  const [hostile, tbd, directive, baseline] = run.results as Result[];

  it("keeps the message intact and adds the page and paragraph of Word and PDF inputs", () => {
    expect(hostile?.message.text).toBe(`${HOSTILE_MESSAGE} (page 2, paragraph 3)`);
    expect(hostile?.locations[0]?.physicalLocation.region?.properties).toEqual({ page: 2, paragraph: 3 });
    expect(hostile?.level).toBe("error");
    expect(tbd?.level).toBe("note");
    expect(hostile?.fixes).toHaveLength(1);
    expect(hostile?.relatedLocations).toHaveLength(1);
  });

  it("encodes relative paths as URI references under %SRCROOT%", () => {
    expect(hostile?.locations[0]?.physicalLocation.artifactLocation).toEqual({
      uri: "%E8%8D%89%E7%A8%BF%20v1%2Cfinal%25.txt",
      uriBaseId: "%SRCROOT%",
    });
  });

  it("reports suppressed findings as suppressions with their justification", () => {
    expect(hostile?.suppressions).toBeUndefined();
    expect(directive?.suppressions).toEqual([
      { kind: "inSource", status: "accepted", justification: "fixed: code, verified" },
    ]);
    expect(baseline?.suppressions?.[0]?.kind).toBe("external");
  });

  it("reports an unreadable file as a failed invocation, not as a result", () => {
    expect(run.results).toHaveLength(4);
    expect(run.invocations[0]?.executionSuccessful).toBe(false);
    expect(run.invocations[0]?.toolExecutionNotifications[0]?.message.text).toContain("permission denied");
  });

  it("puts GEM rules under GEM chapters and practice rules under Market practice", () => {
    const names = run.taxonomies[0]?.taxa.map((taxon) => taxon.name);
    expect(names).toEqual(["Chapter 13", "GEM Chapter 2", "Market practice"]);
    expect(tbd?.taxa?.[0]?.id).toBe("practice");
  });
});

describe("taxonOf", () => {
  it.each([
    ["Main Board Listing Rule 13.51A", "Chapter 13"],
    ["Main Board Listing Rules 14.61 and 14.62; 14A.68(7)", "Chapter 14"],
    ["Main Board Listing Rule 14A.76", "Chapter 14A"],
    ["Main Board Listing Rule 18A.08(3) (reports); Rule 18A.05", "Chapter 18A"],
    ["Main Board Listing Rule 2.07C(1)(a)(iv); rule 6.05", "Chapter 2"],
    ["GEM Listing Rule 2.18", "GEM Chapter 2"],
    ["GEM Rule 19.59", "GEM Chapter 19"],
    ["Market practice (signature and date block)", "Market practice"],
    ["Drafting practice; accuracy of published documents (MB 2.13)", "Market practice"],
    ["SFC Code on Takeovers and Mergers, Rule 3.7", "Takeovers Code"],
    ["HKEX Guidance Letter HKEX-GL107-20", "HKEX guidance"],
  ])("%s → %s", (source, name) => {
    expect(taxonOf(source).name).toBe(name);
  });
});

describe("fingerprint", () => {
  const base: Finding = {
    ruleId: "house/placeholders",
    severity: "warning",
    kind: "forbidden",
    message: "Placeholder",
    span: spanOf(TEXT, "[●]"),
    citation: { source: "Market practice", url: "https://example.invalid", verified: false },
  };

  it("ignores where the text is and how it is spaced or cased, not what it says", () => {
    const moved = { ...base, span: spanOf(TEXT, "TBD") };
    expect(fingerprint(moved, "Record  Date\n[●]")).toBe(fingerprint(base, "record date [●]"));
    expect(fingerprint(base, "［●］")).toBe(fingerprint(base, "[●]")); // full-width brackets fold
    expect(fingerprint(base, "[●]")).not.toBe(fingerprint(base, "[●●]"));
    expect(fingerprint({ ...base, ruleId: "house/other" }, "[●]")).not.toBe(fingerprint(base, "[●]"));
  });
});
