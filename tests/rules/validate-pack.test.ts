import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostics.js";
import { validatePack } from "../../src/rules/validate-pack.js";
import { consistencyKind, fakeKinds } from "./fake-kinds.js";
import { edit, SAMPLE_PACK } from "./sample-pack.js";

function problemsOf(text: string): Diagnostic[] {
  return validatePack(text, "demo.yaml", fakeKinds).problems;
}

function onlyProblem(text: string): Diagnostic {
  const problems = problemsOf(text);
  expect(problems.map((p) => `${p.code} ${p.line}:${p.column}`)).toHaveLength(1);
  return problems[0] as Diagnostic;
}

const FORBIDDEN_PATTERNS = "'\\bXX%'";

describe("validatePack", () => {
  it("accepts a valid pack and returns it with its file", () => {
    const result = validatePack(SAMPLE_PACK, "demo.yaml", fakeKinds);
    expect(result.problems).toEqual([]);
    expect(result.pack?.name).toBe("demo");
    expect(result.pack?.file).toBe("demo.yaml");
    expect(result.pack?.rules.map((rule) => rule.id)).toEqual(["demo/placeholder-left", "demo/stock-code"]);
    expect(result.pack?.rules[0]?.check).toEqual({
      kind: "forbidden",
      patterns: ["\\[(TBD|TBC)\\]", "\\bXX%"],
    });
    expect(result.ruleLocations.get("demo/stock-code")).toMatchObject({ line: 22, column: 9 });
  });

  it("reports a misspelt key at the key, with a suggestion, and not also as missing", () => {
    const problem = onlyProblem(edit("    severity: error", "    severty: error"));
    expect(problem).toMatchObject({
      code: "unknown-key",
      severity: "error",
      line: 7,
      column: 5,
      endColumn: 12,
    });
    expect(problem.message).toBe(
      "unknown key `severty` in rule demo/placeholder-left; did you mean `severity`?",
    );
  });

  it("reports a wrong type at the value", () => {
    const problem = onlyProblem(edit("    severity: error", "    severity: 3"));
    expect(problem).toMatchObject({ code: "wrong-type", line: 7, column: 15 });
    expect(problem.message).toBe("`severity` in rule demo/placeholder-left must be text, not the number `3`");
  });

  it("lists the allowed values of an enum", () => {
    const problem = onlyProblem(edit("    severity: error", "    severity: fatal"));
    expect(problem).toMatchObject({ code: "bad-value", line: 7, column: 15 });
    expect(problem.message).toBe(
      "`severity` in rule demo/placeholder-left must be one of error, warning, info, not `fatal`",
    );
  });

  it("quotes a number as written and suggests quotes where text was meant", () => {
    const problem = onlyProblem(edit("version: 0.1.0", "version: 1.0"));
    expect(problem).toMatchObject({ code: "wrong-type", line: 3, column: 10 });
    expect(problem.message).toBe(
      "`version` in the pack must be text, not the number `1.0`; put it in quotes",
    );
  });

  it("reports a duplicate rule id at the second definition", () => {
    const problem = onlyProblem(edit("id: demo/stock-code", "id: demo/placeholder-left"));
    expect(problem).toMatchObject({ code: "duplicate-id", line: 22, column: 9 });
    expect(problem.message).toContain("already used on line 5");
  });

  it("reports a rule id whose prefix is not the pack name", () => {
    const problem = onlyProblem(edit("id: demo/stock-code", "id: other/stock-code"));
    expect(problem).toMatchObject({ code: "bad-id", line: 22, column: 9 });
  });

  it("reports a malformed rule id as bad-id", () => {
    const problem = onlyProblem(edit("id: demo/stock-code", "id: demo/Stock_Code"));
    expect(problem.code).toBe("bad-id");
    expect(problem.message).toContain("`<pack>/<kebab-case>`");
  });

  it("names the known kinds for an unknown check kind, without cascading into its options", () => {
    const problem = onlyProblem(edit("kind: forbidden\n      patterns", "kind: forbiden\n      patterns"));
    expect(problem).toMatchObject({ code: "unknown-check-kind", line: 14, column: 13 });
    expect(problem.message).toBe(
      "unknown check kind `forbiden` in the check of rule demo/placeholder-left; did you mean `forbidden`? " +
        "(known kinds: consistency, forbidden, required)",
    );
  });

  it("reports an unknown option inside `check` at the option, using the kind's schema", () => {
    const problem = onlyProblem(edit("      patterns: [", "      pattrens: ['x']\n      patterns: ["));
    expect(problem).toMatchObject({ code: "unknown-key", line: 15, column: 7 });
    expect(problem.message).toBe(
      "unknown key `pattrens` in the check of rule demo/placeholder-left; did you mean `patterns`?",
    );
  });

  it("reports a bad nested option of a kind whose schema uses $defs", () => {
    const check = [
      "    check:",
      "      kind: required",
      "      statement:",
      "        en:",
      "          anchors: ['take no responsibility']",
      "          limb: ['expressly disclaim']",
      "      position: middle",
      "",
    ].join("\n");
    const text = edit(
      "    check:\n      kind: forbidden\n      patterns: ['\\[(TBD|TBC)\\]', '\\bXX%']\n",
      check,
    );
    const errors = problemsOf(text).filter((p) => p.severity === "error");
    expect(errors.map((p) => [p.code, p.line, p.column])).toEqual([
      ["unknown-key", 18, 11],
      ["bad-value", 19, 17],
    ]);
    expect(errors[1]?.message).toBe(
      "`position` in the check of rule demo/placeholder-left must be top, end, {before: pattern} or {after: pattern}",
    );
  });

  it("rejects a backtracking pattern", () => {
    const problem = onlyProblem(edit(FORBIDDEN_PATTERNS, "'(a+)+$'"));
    expect(problem).toMatchObject({ code: "pattern-redos", line: 15, column: 35, endColumn: 43 });
  });

  it("rejects a pattern RE2 cannot compile, with RE2's reason", () => {
    const problem = onlyProblem(edit(FORBIDDEN_PATTERNS, "'(?=x)'"));
    expect(problem).toMatchObject({ code: "pattern-syntax", line: 15, column: 35 });
    expect(problem.message).toContain("invalid or unsupported Perl syntax");
    expect(problem.message).toContain("no lookahead");
  });

  it("rejects a pattern that can never match", () => {
    const problem = onlyProblem(edit(FORBIDDEN_PATTERNS, "'[^\\s\\S]'"));
    expect(problem.code).toBe("pattern-never-matches");
  });

  it("requires a `value` group in a consistency pattern", () => {
    const problem = onlyProblem(edit("(?P<value>\\d{1,5})", "(\\d{1,5})"));
    expect(problem).toMatchObject({ code: "missing-value-group", line: 32, column: 16 });
  });

  it("requires an invalid example", () => {
    const invalid =
      "      invalid:\n        - text: The meeting will be held on [TBD].\n          kind: forbidden\n";
    const problem = onlyProblem(edit(invalid, ""));
    expect(problem).toMatchObject({ code: "missing-example", line: 17, column: 7 });
    expect(problem.message).toBe(
      "rule demo/placeholder-left has no `invalid` examples; every rule needs at least one valid and one invalid example",
    );
  });

  it("treats an empty example list as missing", () => {
    const text = edit(
      "        - text: Stock code 9876. Stock code 9876.\n",
      "",
      edit(
        "      valid:\n        - text: Stock code 9876. Stock code 9876.",
        "      valid: []\n        - text: Stock code 9876. Stock code 9876.",
      ),
    );
    expect(problemsOf(text).map((p) => p.code)).toEqual(["missing-example"]);
  });

  it("rejects a placeholder the check kind does not fill, naming the one meant", () => {
    const result = validatePack(edit("{{first}}", "{{firs}}"), "demo.yaml", fakeKinds);
    expect(result.problems.map((p) => [p.code, p.severity, p.line])).toEqual([
      ["unknown-placeholder", "error", 25],
    ]);
    expect(result.problems[0]?.message).toContain("did you mean `first`?");
    expect(result.pack).toBeUndefined();
  });

  it("reads the placeholders from the kind: a new kind's own are accepted, others rejected", () => {
    const kind = { ...consistencyKind, name: "ratio-check", placeholders: ["ratio"] };
    const kinds = new Map([...fakeKinds, [kind.name, kind]]);
    const pack = (message: string) =>
      edit(
        "kind: consistency",
        "kind: ratio-check",
        edit("Stock code {{value}} differs from {{first}}.", message),
      );
    expect(validatePack(pack("The ratio {{ratio}} is off."), "demo.yaml", kinds).problems).toEqual([]);
    const misspelt = validatePack(pack("The ratio {{ration}} is off."), "demo.yaml", kinds);
    expect(misspelt.problems.map((p) => [p.code, p.severity])).toEqual([["unknown-placeholder", "error"]]);
    expect(misspelt.problems[0]?.message).toContain("`ratio-check`");
  });

  it("reports a YAML syntax error with its position and no pack", () => {
    const result = validatePack(
      "name: demo\ntitle: Demo: furniture\nversion: 0.1.0\n",
      "demo.yaml",
      fakeKinds,
    );
    expect(result.pack).toBeUndefined();
    expect(result.problems.map((p) => [p.code, p.line, p.column])).toEqual([["yaml-syntax", 2, 8]]);
    expect(result.problems[0]?.message).toBe("nested mappings are not allowed in compact mappings");
  });

  it("reports `\\d` in double quotes as a YAML error at the escape", () => {
    const problem = onlyProblem(edit(FORBIDDEN_PATTERNS, '"\\d"'));
    expect(problem).toMatchObject({ code: "yaml-syntax", line: 15, column: 36 });
    expect(problem.message).toContain("single quotes");
  });

  it("reports a duplicate key", () => {
    const problem = onlyProblem(edit("title: Demo announcement furniture\n", "title: A\ntitle: B\n"));
    expect(problem).toMatchObject({ code: "yaml-duplicate-key", line: 3, column: 1 });
  });

  it("refuses an alias bomb", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "",
    ].join("\n");
    expect(problemsOf(bomb).map((p) => p.code)).toEqual(["yaml-alias-limit"]);
  });

  it("gives the same positions for CRLF and BOM input", () => {
    const broken = edit("    severity: error", "    severty: error");
    const plain = problemsOf(broken);
    const crlf = problemsOf(broken.replace(/\n/g, "\r\n"));
    const bom = problemsOf(`\uFEFF${broken.replace(/\n/g, "\r\n")}`);
    expect(plain.map((p) => [p.line, p.column, p.endColumn])).toEqual([[7, 5, 12]]);
    expect(crlf).toEqual(plain);
    expect(bom).toEqual(plain);
  });

  it("reports problems in position order", () => {
    const text = edit("    severity: error", "    severity: fatal", edit("version: 0.1.0", "version: one"));
    const lines = problemsOf(text).map((p) => p.line);
    expect(lines).toEqual([3, 7]);
  });

  it("reports a non-mapping file", () => {
    expect(problemsOf("- a list\n").map((p) => [p.code, p.message])).toEqual([
      ["wrong-type", "the file must be a mapping (key: value), not a list"],
    ]);
  });
});
