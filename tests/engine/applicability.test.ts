import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document/create-document.js";
import { applicability } from "../../src/engine/applicability.js";
import type { Profile } from "../../src/profile/types.js";
import type { Rule } from "../../src/rules/types.js";

const document = createDocument({
  path: "t.txt",
  format: "text",
  text: "A short English announcement of Lumen Harbour Biotech Limited.",
});

function rule(appliesTo: Rule["appliesTo"]): Rule {
  return {
    id: "test/rule",
    title: "A test rule",
    severity: "warning",
    message: "m",
    citation: { source: "s", url: "https://example.com", verified: false },
    check: { kind: "forbidden", patterns: ["x"] },
    examples: { valid: [], invalid: [] },
    ...(appliesTo && { appliesTo }),
  };
}

const base: Profile = { asOf: { value: "2026-03-18", source: "cli" } };

describe("applicability", () => {
  it("applies when the rule has no conditions", () => {
    expect(applicability(rule(undefined), base, document)).toEqual({ status: "applies" });
  });

  it("is undetermined, naming the config key, when the regime is not known", () => {
    const verdict = applicability(rule({ regimes: ["18A"] }), base, document);
    expect(verdict).toMatchObject({ status: "undetermined", configKey: "issuer.regimes" });
  });

  it("applies or not by the known regimes", () => {
    const biotech = { ...base, regimes: { value: ["18A" as const], source: "config" as const } };
    const plain = { ...base, regimes: { value: [], source: "config" as const } };
    expect(applicability(rule({ regimes: ["18A"] }), biotech, document).status).toBe("applies");
    expect(applicability(rule({ regimes: ["18A"] }), plain, document).status).toBe("not-applicable");
  });

  it("is undetermined on the board only when the rule is for one board", () => {
    expect(applicability(rule({ boards: ["gem"] }), base, document)).toMatchObject({
      configKey: "issuer.board",
    });
    const gem = { ...base, board: { value: "gem" as const, source: "config" as const } };
    expect(applicability(rule({ boards: ["main"] }), gem, document).status).toBe("not-applicable");
  });

  it("follows the effective dates, from inclusive and until exclusive", () => {
    const scoped = rule({ effective: { from: "2024-06-11", until: "2026-03-18" } });
    expect(applicability(scoped, { asOf: { value: "2024-06-10", source: "cli" } }, document).status).toBe(
      "not-applicable",
    );
    expect(applicability(scoped, { asOf: { value: "2024-06-11", source: "cli" } }, document).status).toBe(
      "applies",
    );
    expect(applicability(scoped, base, document).status).toBe("not-applicable");
  });

  it("selects by language and document kind", () => {
    expect(applicability(rule({ languages: ["zh-Hant"] }), base, document).status).toBe("not-applicable");
    const kind = { ...base, documentKind: { value: "inside-information", source: "text" as const } };
    expect(applicability(rule({ documentKinds: ["inside-information"] }), kind, document).status).toBe(
      "applies",
    );
    expect(applicability(rule({ exceptDocumentKinds: ["inside-information"] }), kind, document).status).toBe(
      "not-applicable",
    );
  });
});
