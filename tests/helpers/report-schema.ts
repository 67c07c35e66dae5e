/** Validates JSON reports against schemas/report.schema.json; every JSON output in the tests goes through it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { expect } from "vitest";

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "..", "schemas", "report.schema.json"), "utf8"),
);
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

export function expectValidReport(json: string): unknown {
  const report: unknown = JSON.parse(json);
  const valid = validate(report);
  expect(validate.errors ?? [], "report must match schemas/report.schema.json").toEqual([]);
  expect(valid).toBe(true);
  return report;
}
