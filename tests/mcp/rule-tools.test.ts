/**
 * `explain_rule`, `list_rules` and the rule resources, compared with the rule packs' YAML read
 * here directly: the tools must say what the packs say, and point a near miss to the rule meant.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { ExplainRuleOutput, ListRulesOutput } from "../../src/mcp/output-schemas.js";
import { type Connected, call, connect, textOf } from "./connect.js";

interface YamlRule {
  id: string;
  title: string;
  severity: string;
  citation: { source: string; verified: boolean; quote?: string };
  appliesTo?: { regimes?: string[]; boards?: string[]; documentKinds?: string[] };
  examples: { valid: { text: string }[]; invalid: { text: string; kind: string }[] };
  check: Record<string, unknown>;
}

const PACK_DIR = join(import.meta.dirname, "..", "..", "rules", "hkex");
const PACK_FILES = readdirSync(PACK_DIR).filter((file) => file.endsWith(".yaml"));
const rulesIn = (file: string): YamlRule[] => parse(readFileSync(join(PACK_DIR, file), "utf8")).rules;
const ALL_RULES = PACK_FILES.flatMap(rulesIn);
const ruleById = (id: string): YamlRule => {
  const rule = ALL_RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`${id} is not in the packs`);
  return rule;
};

let root: string;
let connected: Connected;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "disclint-mcp-rules-"));
  connected = await connect([root]);
});
afterAll(async () => {
  await connected.close();
  rmSync(root, { recursive: true, force: true });
});

async function explain(ruleId: string): Promise<ExplainRuleOutput> {
  const result = await call(connected.client, "explain_rule", { ruleId });
  expect(result.isError, textOf(result)).toBeFalsy();
  return result.structuredContent as unknown as ExplainRuleOutput;
}

async function list(filters: Record<string, unknown>): Promise<ListRulesOutput> {
  const result = await call(connected.client, "list_rules", filters);
  expect(result.isError, textOf(result)).toBeFalsy();
  return result.structuredContent as unknown as ListRulesOutput;
}

describe("explain_rule", () => {
  it("gives a rule's title, severity, citation with the provision's words, essential parts and examples", async () => {
    const yaml = ruleById("hkex/disclaimer");
    const explained = await explain("hkex/disclaimer");
    expect(explained).toMatchObject({ id: "hkex/disclaimer", title: yaml.title, severity: yaml.severity });
    expect(explained.citation).toMatchObject({
      source: yaml.citation.source,
      verified: true,
      quote: yaml.citation.quote?.trim(),
    });
    expect(explained.restsOn).toEqual({ basis: "listing-rule", words: "a Listing Rule whose text was read" });
    const english = explained.essentialParts?.find((group) => group.language === "English");
    expect(english?.parts.map((part) => part.name)).toContain("no responsibility");
    expect(explained.examples.passes[0]).toBe(yaml.examples.valid[0]?.text.trim());
    expect(explained.examples.fails[0]).toEqual({
      kind: yaml.examples.invalid[0]?.kind,
      text: yaml.examples.invalid[0]?.text.trim(),
    });
  });

  it("says plainly when a rule rests on market practice", async () => {
    const explained = await explain("hkex/weekday-date");
    expect(explained.restsOn.basis).toBe("practice");
    expect(explained.restsOn.words).toMatch(/^market practice, not a Listing Rule/);
  });

  it("says where a rule applies", async () => {
    const explained = await explain("hkex/18a-cautionary");
    expect(explained.appliesTo.regimes).toEqual(ruleById("hkex/18a-cautionary").appliesTo?.regimes);
    expect(explained.appliesTo.description).toContain("Chapter 18A issuers");
  });

  const nearMisses: [string, string, RegExp][] = [
    ["a bare id", "18a-cautionary", /^no rule "18a-cautionary"; did you mean "hkex\/18a-cautionary"\?$/],
    ["a misspelt id", "hkex/disclaimr", /^no rule "hkex\/disclaimr"; did you mean "hkex\/disclaimer"\?$/],
    ["a misspelt bare id", "disclaimr", /did you mean "hkex\/disclaimer"\?$/],
    ["an id in capitals", "HKEX/Disclaimer", /did you mean "hkex\/disclaimer"\?$/],
    ["an old appendix number", "Appendix 14", /not a rule id, but: Appendix 14 is Appendix C1/],
    [
      "words that name no rule",
      "quarterly widget census",
      /^no rule "quarterly widget census"; list_rules lists/,
    ],
  ];
  for (const [what, ruleId, message] of nearMisses) {
    it(`answers ${what} with a tool error that points the way`, async () => {
      const result = await call(connected.client, "explain_rule", { ruleId });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(message);
    });
  }
});

describe("list_rules", () => {
  it("lists every rule of the bundled packs", async () => {
    const listed = await list({});
    expect(listed.count).toBe(ALL_RULES.length);
    expect(listed.rules.map((rule) => rule.id).sort()).toEqual(ALL_RULES.map((rule) => rule.id).sort());
  });

  it("filters by severity", async () => {
    const listed = await list({ severity: "error" });
    expect(listed.rules.map((rule) => rule.id).sort()).toEqual(
      ALL_RULES.filter((rule) => rule.severity === "error")
        .map((rule) => rule.id)
        .sort(),
    );
  });

  it("filters by the part of the pack a rule is in, or by the pack's name", async () => {
    const regimes = await list({ pack: "regimes" });
    expect(regimes.rules.map((rule) => rule.id).sort()).toEqual(
      rulesIn("regimes.yaml")
        .map((rule) => rule.id)
        .sort(),
    );
    expect(regimes.rules.every((rule) => rule.part === "regimes" && rule.pack === "hkex")).toBe(true);
    expect((await list({ pack: "hkex" })).count).toBe(ALL_RULES.length);
  });

  it("filters by regime: the rules that apply to such an issuer, or only those written for it", async () => {
    const applying = (await list({ regime: "18A" })).rules.map((rule) => rule.id);
    expect(applying).toContain("hkex/disclaimer");
    expect(applying).toContain("hkex/18a-cautionary");
    expect(applying).not.toContain("hkex/19a-incorporation-line");
    const specific = (await list({ regime: "18A", specificOnly: true })).rules.map((rule) => rule.id);
    expect(specific.sort()).toEqual(
      ALL_RULES.filter((rule) => rule.appliesTo?.regimes?.includes("18A"))
        .map((rule) => rule.id)
        .sort(),
    );
  });

  it("filters by board and by document kind", async () => {
    const gem = await list({ board: "gem", specificOnly: true });
    expect(gem.rules.map((rule) => rule.id)).toContain("hkex/gem-characteristics");
    expect(gem.rules.every((rule) => ruleById(rule.id).appliesTo?.boards?.includes("gem"))).toBe(true);
    const inside = await list({ documentKind: "inside-information", specificOnly: true });
    expect(inside.rules.map((rule) => rule.id)).toContain("hkex/inside-information");
    expect(
      inside.rules.every((rule) =>
        ruleById(rule.id).appliesTo?.documentKinds?.includes("inside-information"),
      ),
    ).toBe(true);
  });

  it("finds rules by words in the id or title", async () => {
    const listed = await list({ search: "DISCLAIMER" });
    expect(listed.count).toBeGreaterThan(0);
    for (const rule of listed.rules) expect(`${rule.id} ${rule.title}`.toLowerCase()).toContain("disclaimer");
  });

  it("refuses a severity that does not exist", async () => {
    const result = await call(connected.client, "list_rules", { severity: "fatal" });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/severity/);
  });
});

describe("rule resources", () => {
  it("lists each rule as disclint://rules/<id> and reads it as explain_rule's content", async () => {
    const { resources } = await connected.client.listResources();
    expect(resources.map((resource) => resource.uri)).toContain("disclint://rules/hkex/disclaimer");
    expect(resources).toHaveLength(ALL_RULES.length);
    const read = await connected.client.readResource({ uri: "disclint://rules/hkex/disclaimer" });
    const content = read.contents[0];
    expect(content && "text" in content && JSON.parse(content.text)).toEqual(
      await explain("hkex/disclaimer"),
    );
  });
});
