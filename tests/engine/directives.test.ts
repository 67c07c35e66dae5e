import { describe, expect, it } from "vitest";
import {
  type DirectiveSyntax,
  directiveSyntax,
  findDirectiveComments,
} from "../../src/document/directive-comments.js";
import { type Directive, parseDirective } from "../../src/engine/directives.js";

/** The directives written in `text`: the reader's comments, read by the engine. */
function findDirectives(text: string, syntax: DirectiveSyntax): Directive[] {
  return findDirectiveComments(text, syntax, true).flatMap((comment) => parseDirective(comment) ?? []);
}

describe("findDirectives", () => {
  it("reads the comment form with rule ids and a reason", () => {
    const text =
      "Intro.\n\n<!-- disclint-disable-next-paragraph hkex/language-precedence -- bilingual version is published separately -->\nBody.";
    const [directive] = findDirectives(text, "comment");
    expect(directive).toMatchObject({
      action: "disable-next-paragraph",
      ruleIds: ["hkex/language-precedence"],
      reason: "bilingual version is published separately",
    });
    expect(text.slice(directive?.start, directive?.end)).toMatch(/^<!--.*-->$/);
  });

  it("reads comma- and space-separated lists and every action", () => {
    const text = [
      "<!-- disclint-disable hkex/a, hkex/b -- range reason -->",
      "<!--disclint-enable hkex/a-->",
      "<!-- disclint-disable-file hkex/c hkex/d -- whole file -->",
      "<!-- disclint-enable -->",
    ].join("\n");
    expect(findDirectives(text, "comment").map((d) => [d.action, d.ruleIds, d.reason])).toEqual([
      ["disable", ["hkex/a", "hkex/b"], "range reason"],
      ["enable", ["hkex/a"], undefined],
      ["disable-file", ["hkex/c", "hkex/d"], "whole file"],
      ["enable", [], undefined],
    ]);
  });

  it("leaves the reason absent when there is no `--` or nothing after it", () => {
    const found = findDirectives(
      "<!-- disclint-disable-file hkex/a -->\n<!-- disclint-disable-file hkex/b -- -->",
      "comment",
    );
    expect(found.map((d) => d.reason)).toEqual([undefined, undefined]);
  });

  it("keeps a hyphenated reason whole (only a free-standing -- separates)", () => {
    const [directive] = findDirectives(
      "<!-- disclint-disable-file hkex/a -- the so-called T--1 date -->",
      "comment",
    );
    expect(directive?.reason).toBe("the so-called T--1 date");
  });

  it("reads the plain-text line form only on a line of its own", () => {
    const text =
      "The Company expects 5%% growth.\r\n%% disclint-disable-next-paragraph hkex/placeholders -- filled at printing\r\nDosed on [●].";
    const found = findDirectives(text, "line");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ action: "disable-next-paragraph", reason: "filled at printing" });
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe(
      "%% disclint-disable-next-paragraph hkex/placeholders -- filled at printing",
    );
  });

  it("ignores comments that are not directives and unknown actions", () => {
    expect(findDirectives("<!-- a note --><!-- disclint-ignore hkex/a -- x -->", "comment")).toEqual([]);
    expect(findDirectives("%% disclint-nonsense hkex/a -- x", "line")).toEqual([]);
  });

  it("chooses the syntax by format", () => {
    expect(directiveSyntax("markdown")).toBe("comment");
    expect(directiveSyntax("html")).toBe("comment");
    expect(directiveSyntax("text")).toBe("line");
    expect(directiveSyntax("docx")).toBeUndefined();
    expect(directiveSyntax("pdf")).toBeUndefined();
  });
});
