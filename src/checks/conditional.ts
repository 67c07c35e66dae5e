/**
 * `conditional`: when a trigger is present (and no `unless` pattern is), a statement is
 * required. The statement is checked exactly as `required` checks it; findings also name the
 * trigger and point at it.
 */
import type { Document } from "../document/types.js";
import type { Pattern, PatternMatch } from "../patterns/pattern.js";
import { required } from "./required.js";
import { scansOf } from "./support/check-memo.js";
import {
  compileRequired,
  type RequiredOptions,
  requiredOptionsSchema,
} from "./support/required-statement.js";
import type { TextScans } from "./support/text-scans.js";
import type { CheckKind, CompileContext, CompiledCheck, KindDocs, RawFinding, RunContext } from "./types.js";

export interface ConditionalOptions {
  when: string[];
  unless?: string[];
  then: RequiredOptions;
}

const patternList = (minItems: number) => ({
  type: "array",
  minItems,
  items: { type: "string", minLength: 1 },
});

/** Those of the `required` statement it judges, and the text that triggered it. */
const PLACEHOLDERS = [...required.placeholders, "trigger"];

const DOCS: KindDocs = {
  summary: "when a trigger is present, a statement is required",
  example: `check:
  kind: conditional
  when: ['\\b(expects?|anticipates?|targets?)\\b']   # any hit triggers
  unless: ['not applicable']                         # optional: suppresses the trigger
  then:                                              # the options of a \`required\` check
    statement: { en: { anchors: ['forward-looking statements'], wording: ['This announcement contains forward-looking statements ...'] } }
`,
  details: `When no \`when\` pattern matches (or an \`unless\` pattern does), nothing is checked. Otherwise the
\`then\` statement is judged as a \`required\` check judges it, with the same findings; \`{{trigger}}\`
is the text that triggered it.
`,
};

export const conditional: CheckKind<ConditionalOptions> = {
  name: "conditional",
  placeholders: PLACEHOLDERS,
  docs: DOCS,
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["when", "then"],
    properties: {
      when: patternList(1),
      unless: patternList(0),
      // biome-ignore lint/suspicious/noThenProperty: `then` is the key the rule format defines
      then: requiredOptionsSchema,
    },
  },
  compile(options: ConditionalOptions, context: CompileContext): CompiledCheck {
    const when = options.when.map((source) => context.compilePattern(source));
    const unless = (options.unless ?? []).map((source) => context.compilePattern(source));
    const statement = compileRequired(options.then, context);
    // The checklist asks again after the run (nothingToCheck): scan each document once.
    const triggers = new WeakMap<Document, PatternMatch | null>();
    const triggerOf = (run: RunContext): PatternMatch | undefined => {
      let trigger = triggers.get(run.document);
      if (trigger === undefined) {
        const scans = scansOf(run);
        const first = firstMatch(when, scans);
        trigger = first && !unless.some((pattern) => scans.first(pattern)) ? first : null;
        triggers.set(run.document, trigger);
      }
      return trigger ?? undefined;
    };
    return {
      run(run: RunContext): RawFinding[] {
        const trigger = triggerOf(run);
        if (!trigger) return [];
        return statement.run(run).map((finding) => withTrigger(finding, trigger));
      },
      evidence: (run) => statement.evidence?.(run) ?? [],
      nothingToCheck: (run) =>
        triggerOf(run) ? undefined : "nothing in this document calls for the statement",
    };
  },
};

/** The earliest match of any of the patterns. */
function firstMatch(patterns: readonly Pattern[], scans: TextScans): PatternMatch | undefined {
  let earliest: PatternMatch | undefined;
  for (const pattern of patterns) {
    const match = scans.first(pattern);
    if (match && (!earliest || match.start < earliest.start)) earliest = match;
  }
  return earliest;
}

function withTrigger(finding: RawFinding, trigger: PatternMatch): RawFinding {
  return {
    ...finding,
    data: { ...finding.data, trigger: trigger.text },
    related: [
      ...(finding.related ?? []),
      { start: trigger.start, end: trigger.end, message: `required because of "${trigger.text}"` },
    ],
  };
}
