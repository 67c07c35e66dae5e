/** The report schema's profile facts: every source the profile records, and nothing else. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { summarise } from "../../src/engine/summarise.js";
import { FACT_SOURCES } from "../../src/profile/types.js";

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "..", "schemas", "report.schema.json"), "utf8"),
);
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** A valid report whose one file's profile holds the fact (so only the fact can make it invalid). */
const reportWith = (fact: Record<string, unknown>) => {
  const file = { path: "a.txt", profile: {}, findings: [], errors: [] };
  return {
    tool: { name: "disclint", version: "0.0.0-test" },
    files: [{ ...file, profile: { regimes: fact } }],
    summary: summarise([file]),
  };
};

describe("report schema: profile facts", () => {
  it("lists exactly the sources the profile records", () => {
    const source = schema.definitions.file.properties.profile.additionalProperties.properties.source;
    expect(source.enum).toEqual(FACT_SOURCES);
  });

  it("accepts a plain fact, and a registry fact with its snapshot date and detail", () => {
    const fact = {
      value: ["18A"],
      source: "registry",
      snapshot: "2026-08-13",
      detail: "09871 DRIFTWOOD PK-B",
    };
    expect(validate(reportWith(fact)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    [{ value: ["18A"], source: "guess" }],
    [{ value: ["18A"], source: "registry", snapshot: "August 2026" }],
    [{ value: ["18A"], source: "registry", asOf: "2026-08-13" }],
  ])("rejects %j", (fact) => {
    expect(validate(reportWith(fact))).toBe(false);
  });
});
