import { describe, expect, it } from "vitest";
import { type ConditionalOptions, conditional } from "../../src/checks/conditional.js";
import type { RawFinding } from "../../src/checks/types.js";
import { announcement, TWO_ENTITY } from "./fixtures.js";
import { runKind, textOf } from "./kind-tester.js";

const LEGEND =
  "This announcement contains forward-looking statements which are based on the current expectations of the Company. Such statements involve risks and uncertainties, and actual results may differ materially from those expressed or implied. The Company undertakes no obligation to update any forward-looking statement, except as required by the Listing Rules.";

const legendRule: ConditionalOptions = {
  when: ["\\b(expects?|anticipates?)\\s+to\\b", "\\banticipates\\b"],
  unless: ["forward-looking statements are not applicable"],
  // biome-ignore lint/suspicious/noThenProperty: `then` is the key the rule format defines
  then: { statement: { en: { anchors: ["contains forward-looking statements"], wording: [LEGEND] } } },
};

const withParagraph = (paragraph: string) =>
  announcement(TWO_ENTITY).replace(
    "Shareholders and potential",
    `${paragraph}\n\nShareholders and potential`,
  );

const GUIDANCE = "The Company expects to complete the enrolment of the trial by the end of 2026.";

describe("conditional: forward-looking legend", () => {
  it("requires nothing when no trigger is present", () => {
    expect(runKind(conditional, legendRule, withParagraph("The trial continues.")).findings).toEqual([]);
  });

  it("is satisfied by the legend", () => {
    expect(runKind(conditional, legendRule, withParagraph(`${GUIDANCE}\n\n${LEGEND}`)).findings).toEqual([]);
  });

  it("is satisfied by a legend broken across lines", () => {
    const broken = LEGEND.replace("Such statements", "Such\nstatements").replace("update any", "update\nany");
    expect(runKind(conditional, legendRule, withParagraph(`${GUIDANCE}\n\n${broken}`)).findings).toEqual([]);
  });

  it("reports a missing legend, naming and pointing at the trigger", () => {
    const { findings, document } = runKind(conditional, legendRule, withParagraph(GUIDANCE));
    expect(findings.map((f) => f.kind)).toEqual(["missing"]);
    const [finding] = findings as [RawFinding];
    expect(finding.data?.trigger).toBe("expects to");
    expect(finding.expected).toBe(LEGEND);
    expect(finding.related).toHaveLength(1);
    expect(textOf(document, finding.related?.[0] ?? { start: 0, end: 0 })).toBe("expects to");
  });

  it("is triggered by 'anticipates' on its own", () => {
    const { findings } = runKind(
      conditional,
      legendRule,
      withParagraph("Management anticipates strong demand."),
    );
    expect(findings.map((f) => f.data?.trigger)).toEqual(["anticipates"]);
  });

  it("reports a deviating legend with the trigger", () => {
    const short = "This announcement contains forward-looking statements.";
    const { findings } = runKind(conditional, legendRule, withParagraph(`${GUIDANCE}\n\n${short}`));
    expect(findings.map((f) => f.kind)).toEqual(["deviates"]);
    expect(findings[0]?.data?.trigger).toBe("expects to");
    expect(findings[0]?.data?.similarity).toBeLessThan(30);
  });

  it("is suppressed by an `unless` pattern", () => {
    const text = withParagraph(
      `${GUIDANCE} The directors consider that forward-looking statements are not applicable.`,
    );
    expect(runKind(conditional, legendRule, text).findings).toEqual([]);
  });
});
