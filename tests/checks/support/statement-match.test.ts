import { describe, expect, it } from "vitest";
import { compileStatement, findHits, matchCandidate } from "../../../src/checks/support/statement-match.js";
import { THREE_ENTITY, TWO_ENTITY } from "../fixtures.js";
import { compileContext } from "../kind-tester.js";

const statement = compileStatement(
  {
    en: { anchors: ["take no responsibility for the contents of this"], wording: [TWO_ENTITY, THREE_ENTITY] },
  },
  compileContext,
);
const variant = statement.en;
if (!variant) throw new Error("the English variant did not compile");

const candidateIn = (text: string) => {
  const [hit] = findHits(text, variant.anchors, 20, false);
  if (!hit) throw new Error("no hit");
  const candidate = matchCandidate(text, variant, hit);
  return { ...candidate, text: text.slice(candidate.start, candidate.end) };
};

describe("matchCandidate", () => {
  it("delimits the statement between surrounding sentences", () => {
    const text = `Voluntary Announcement. ${TWO_ENTITY} Unless otherwise defined, terms used in this announcement have the meanings in the prospectus.`;
    const candidate = candidateIn(text);
    expect(candidate.text).toBe(TWO_ENTITY);
    expect(candidate.similarity).toBe(1);
    expect(candidate.wording.text).toBe(TWO_ENTITY);
  });

  it("does not reach into the next sentence for words the statement lacks", () => {
    const truncated = TWO_ENTITY.replace(/ and expressly disclaim.*$/, ".");
    const next =
      "Unless otherwise defined herein, capitalised terms used in this announcement shall have the same meanings as those defined in the prospectus of the Company.";
    const candidate = candidateIn(`${truncated} ${next}`);
    expect(candidate.text).toBe(truncated);
    expect(candidate.similarity).toBeLessThan(0.6);
  });

  it("picks the closest wording", () => {
    const candidate = candidateIn(`ANNOUNCEMENT ${THREE_ENTITY} LUMEN HARBOUR BIOTECH LIMITED`);
    expect(candidate.wording.text).toBe(THREE_ENTITY);
    expect(candidate.text).toBe(THREE_ENTITY);
  });

  it("scores the share of prescribed words found, ignoring inserted defined terms", () => {
    const inserted = TWO_ENTITY.replace(
      "Hong Kong Limited take",
      'Hong Kong Limited (the "Stock Exchange") take',
    );
    expect(candidateIn(inserted).similarity).toBe(1);
    const words = TWO_ENTITY.split(" ").length;
    const dropped = TWO_ENTITY.replace(" whatsoever", "").replace(" howsoever", "");
    expect(candidateIn(dropped).similarity).toBeCloseTo((words - 2) / words, 5);
  });

  it("runs the statement to its full stop when its last words differ", () => {
    const prospectus = TWO_ENTITY.replaceAll("this announcement", "this Prospectus");
    const candidate = candidateIn(`${prospectus} The Offer Shares are offered at HK$10.`);
    expect(candidate.text).toBe(prospectus);
  });
});

describe("matchCandidate with an anchor that is not in the wording", () => {
  const headed = compileStatement(
    { en: { anchors: ["disclaimer of liability"], wording: [TWO_ENTITY] } },
    compileContext,
  ).en;
  if (!headed) throw new Error("the English variant did not compile");

  it("runs through the anchor, not from look-alike words further back", () => {
    // Words of the wording, then unrelated text, then a heading over a statement in other words:
    // the candidate must not reach back over the unrelated text to the look-alike words.
    const lookAlike = "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited";
    const gap =
      "published the timetable for the annual general meeting, the record date for voting and the book closure period on its website yesterday";
    const text = `${lookAlike} ${gap}. DISCLAIMER OF LIABILITY The Company accepts no liability for third-party websites.`;
    const [hit] = findHits(text, headed.anchors, 20, false);
    if (!hit) throw new Error("no hit");
    const candidate = matchCandidate(text, headed, hit);
    expect(text.slice(candidate.start, candidate.end)).toMatch(/^DISCLAIMER OF LIABILITY/);
  });
});

describe("findHits", () => {
  it("keeps at most `cap` matches per pattern, from the start or from the end", () => {
    const text = "take no responsibility for the contents of this. ".repeat(50);
    const first = findHits(text, variant.anchors, 5, false);
    const last = findHits(text, variant.anchors, 5, true);
    expect(first).toHaveLength(5);
    expect(first[0]?.start).toBe(0);
    expect(last).toHaveLength(5);
    expect(last[4]?.end).toBe(text.length - 2);
  });
});
