/**
 * The tester for check-kind authors, after textlint's: a kind, its options and texts in,
 * findings out. On the way it holds the kind to what it says about itself: the options pass the
 * kind's own schema (as a pack's would), every finding lies inside the document, and every value
 * it fills for a message is one of its declared placeholders.
 *
 *   testKind(myKind, [{ options: { … }, valid: ["…"], invalid: [{ text: "…", kind: "missing" }] }]);
 *   const { findings, document } = runKind(myKind, { … }, "text");
 */
import { describe, expect, it } from "vitest";
import { bundledReferenceData } from "../../src/bundled/reference-data.js";
import type { CheckKind, CompileContext, RawFinding, ReferenceData } from "../../src/checks/types.js";
import { createAjv } from "../../src/diagnostics/create-ajv.js";
import { createDocument } from "../../src/document/create-document.js";
import type { Document, Language } from "../../src/document/types.js";
import type { FindingKind } from "../../src/domain/finding-kind.js";
import { compilePattern } from "../../src/patterns/pattern.js";
import type { Profile } from "../../src/profile/types.js";

export const compileContext: CompileContext = { ruleId: "test/rule", compilePattern };

export const emptyProfile: Profile = { asOf: { value: "2025-03-03", source: "default" } };

export interface RunOptions {
  profile?: Profile;
  language?: Language;
  /** Calendar and rule aliases; the bundled ones by default. */
  data?: ReferenceData;
}

export function documentOf(text: string, language?: Language): Document {
  return createDocument({ path: "t.txt", format: "text", text, ...(language && { language }) });
}

/** Compiles the options with the kind, runs it over the text and checks the kind's promises. */
export function runKind<Options>(
  kind: CheckKind<Options>,
  options: Options,
  text: string,
  run: RunOptions = {},
): { findings: RawFinding[]; document: Document } {
  expectValidOptions(kind, options);
  const document = documentOf(text, run.language);
  const context = {
    document,
    profile: run.profile ?? emptyProfile,
    data: run.data ?? bundledReferenceData(),
  };
  const findings = kind.compile(options, compileContext).run(context);
  for (const finding of findings) expectKept(kind, finding, document);
  return { findings, document };
}

export interface TextCase {
  text: string;
  profile?: Profile;
  language?: Language;
}

export interface KindCase<Options> {
  /** Names the case in the test output. */
  name?: string;
  options: Options;
  /** Texts on which the kind reports nothing. */
  valid?: (string | TextCase)[];
  /** Texts on which it reports at least one finding of `kind`. */
  invalid?: (TextCase & { kind: FindingKind })[];
}

/** One test per text: valid texts give no finding, invalid ones a finding of the named kind. */
export function testKind<Options>(kind: CheckKind<Options>, cases: readonly KindCase<Options>[]): void {
  describe(`check kind ${kind.name}`, () => {
    cases.forEach((testCase, index) => {
      const name = testCase.name ?? `case ${index + 1}`;
      (testCase.valid ?? []).forEach((text, at) => {
        const { text: body, ...run } = typeof text === "string" ? { text } : text;
        it(`${name}: valid text ${at + 1} gives no finding`, () => {
          expect(runKind(kind, testCase.options, body, run).findings).toEqual([]);
        });
      });
      (testCase.invalid ?? []).forEach(({ text, kind: expected, ...run }, at) => {
        it(`${name}: invalid text ${at + 1} gives a ${expected} finding`, () => {
          const found = runKind(kind, testCase.options, text, run).findings.map((finding) => finding.kind);
          expect(found).toContain(expected);
        });
      });
    });
  });
}

/** The normalised text a finding covers. */
export function textOf(document: Document, finding: { start: number; end: number }): string {
  return document.normalised.slice(finding.start, finding.end);
}

const validators = new WeakMap<CheckKind<never>, ReturnType<ReturnType<typeof createAjv>["compile"]>>();

function expectValidOptions<Options>(kind: CheckKind<Options>, options: Options): void {
  let validate = validators.get(kind as CheckKind<never>);
  if (!validate) {
    validate = createAjv().compile(kind.optionsSchema);
    validators.set(kind as CheckKind<never>, validate);
  }
  expect(validate(options), `options of ${kind.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
}

function expectKept<Options>(kind: CheckKind<Options>, finding: RawFinding, document: Document): void {
  const length = document.normalised.length;
  const inside = (start: number, end: number) => start >= 0 && start <= end && end <= length;
  expect(inside(finding.start, finding.end), `${kind.name} finding at ${finding.start}–${finding.end}`).toBe(
    true,
  );
  for (const related of finding.related ?? [])
    expect(inside(related.start, related.end), `${kind.name} related place`).toBe(true);
  const filled = [
    ...Object.keys(finding.data ?? {}),
    ...(finding.expected !== undefined ? ["expected"] : []),
    ...(finding.actual !== undefined ? ["actual"] : []),
  ];
  const undeclared = filled.filter((name) => !kind.placeholders.includes(name));
  expect(undeclared, `${kind.name} fills placeholders it does not declare`).toEqual([]);
}
