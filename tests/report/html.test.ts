/**
 * The HTML report as markup: hostile document text and rule-pack strings come out escaped,
 * the only script is the reporter's own and the Content-Security-Policy allows it by its
 * hash, and the highlights cover exactly the finding spans (nested, split, or empty markers).
 * tests/report/html-browser.test.ts checks the same page in a real browser.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import type { Severity } from "../../src/domain/severity.js";
import { summarise } from "../../src/engine/summarise.js";
import type { CheckReport, FileResult, Finding } from "../../src/engine/types.js";
import { htmlReporter } from "../../src/report/html.js";
import { escapeHtml, safeLinkUrl } from "../../src/report/html-escape.js";

/** A finding over [start, end) of a one-line text (column = offset + 1). */
function finding(start: number, end: number, overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: "test/sample-rule",
    severity: "warning" as Severity,
    kind: "deviates",
    message: "A sample finding.",
    span: {
      start: { offset: start, line: 1, column: start + 1 },
      end: { offset: end, line: 1, column: end + 1 },
    },
    citation: {
      source: "Main Board Listing Rule 13.51",
      url: "https://example.com/rules/13.51",
      verified: true,
    },
    ...overrides,
  };
}

function fileResult(path: string, checkedText: string | undefined, findings: Finding[]): FileResult {
  return { path, profile: {}, findings, errors: [], ...(checkedText !== undefined && { checkedText }) };
}

function reportOf(...files: FileResult[]): CheckReport {
  return { tool: { name: "disclint", version: "0.0.0-test" }, files, summary: summarise(files) };
}

// The DOM types of htmlparser2's own tree (domhandler is not a direct dependency).
type ChildNode = ReturnType<typeof parseDocument>["children"][number];
type Element = Parameters<Parameters<typeof DomUtils.findAll>[0]>[0];

function render(report: CheckReport): { html: string; dom: ChildNode[] } {
  const html = htmlReporter.render(report, { color: false, cwd: "/drafts" });
  return { html, dom: parseDocument(html).children };
}

function elements(dom: ChildNode[], test: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(test, dom);
}

function marksOf(dom: ChildNode[], number: number): Element[] {
  return elements(dom, (element) => element.name === "mark" && element.attribs["data-f"] === String(number));
}

const HOSTILE_TEXT = [
  "Lumen Harbour Biotech Limited (Stock Code: 9876)",
  "<script>window.__pwned=1</script>",
  '<img src=x onerror="window.__pwned=2">',
  '"><svg onload=alert(1)>',
  "<a href=\"javascript:window.__pwned=3\">click</a> & 'quoted' </script> </pre>",
].join("\n");

describe("html reporter: escaping", () => {
  it("escapes &, <, >, \" and '", () => {
    expect(escapeHtml(`a & b < c > d " e ' f`)).toBe("a &amp; b &lt; c &gt; d &quot; e &#39; f");
  });

  it("links only absolute http(s) addresses", () => {
    expect(safeLinkUrl("https://en-rules.hkex.com.hk/rule/13.51")).toBe(
      "https://en-rules.hkex.com.hk/rule/13.51",
    );
    expect(safeLinkUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeLinkUrl(" JavaScript:alert(1)")).toBeUndefined();
    expect(safeLinkUrl("data:text/html,<script>1</script>")).toBeUndefined();
    expect(safeLinkUrl("/relative/path")).toBeUndefined();
  });

  it("renders hostile document text, messages and citations as text, with no element of their own", () => {
    const hostileFinding = finding(49, 82, {
      ruleId: `test/"><script>x</script>`,
      message: "Found </script><script>window.__pwned=4</script> in the draft.",
      citation: { source: '<b>Rule</b> "13.51"', url: "javascript:window.__pwned=5", verified: false },
    });
    const { html, dom } = render(reportOf(fileResult("/drafts/hostile.txt", HOSTILE_TEXT, [hostileFinding])));
    const [pre] = elements(dom, (element) => element.name === "pre");
    expect(pre && DomUtils.textContent(pre)).toBe(HOSTILE_TEXT);
    expect(elements(dom, (element) => ["img", "svg", "b"].includes(element.name))).toHaveLength(0);
    const scripts = elements(dom, (element) => element.name === "script");
    expect(scripts).toHaveLength(1);
    const handlers = elements(dom, (element) =>
      Object.keys(element.attribs).some((name) => name.startsWith("on")),
    );
    expect(handlers).toHaveLength(0);
    for (const link of elements(dom, (element) => element.name === "a")) {
      expect(link.attribs.href ?? "").toMatch(/^(#f-\d+|https:\/\/)/);
    }
    const message = elements(dom, (element) => element.attribs.class === "message")[0];
    expect(message && DomUtils.textContent(message)).toBe(hostileFinding.message);
    // Attribute values survive intact: a quote in a rule id cannot end the attribute early.
    const [item] = elements(dom, (element) => element.attribs.class === "finding");
    expect(item?.attribs["data-rule"]).toBe(hostileFinding.ruleId);
    const [mark] = elements(dom, (element) => element.name === "mark");
    expect(mark?.attribs.title).toBe(`${hostileFinding.ruleId}: ${hostileFinding.message}`);
    expect(html).toContain("javascript:window.__pwned=5"); // shown as text beside the source
    expect(html).not.toMatch(/<script>window|<img|<svg/);
  });
});

describe("html reporter: page structure", () => {
  it("has a Content-Security-Policy that allows only its own script and style, by hash", () => {
    const { dom } = render(reportOf(fileResult("/drafts/a.txt", "Text.", [finding(0, 4)])));
    const meta = elements(dom, (element) => element.attribs["http-equiv"] === "Content-Security-Policy")[0];
    const policy = meta?.attribs.content ?? "";
    const hashOf = (name: string): string => {
      const [element] = elements(dom, (candidate) => candidate.name === name);
      const text = element ? DomUtils.textContent(element) : "";
      return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    };
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src ${hashOf("script")}`);
    expect(policy).toContain(`style-src ${hashOf("style")}`);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    const styled = elements(dom, (element) => "style" in element.attribs);
    expect(styled).toHaveLength(0); // style attributes would be blocked by the policy
  });

  it("says it needs each file's checklist and renders it with each rule's citation", () => {
    expect(htmlReporter.needsChecklist).toBe(true);
    const file = fileResult("/drafts/a.txt", "Text.", []);
    file.checklist = [
      {
        ruleId: "hkex/disclaimer",
        title: "HKEX disclaimer",
        severity: "error",
        status: "pass",
        evidence: [finding(0, 4).span],
        citation: {
          source: "Main Board Listing Rule 13.52",
          url: "https://example.com/13.52",
          verified: true,
        },
      },
      {
        ruleId: "hkex/18a-cautionary",
        title: "Chapter 18A cautionary statement",
        severity: "error",
        status: "not-applicable",
        reason: "the issuer is not a Chapter 18A issuer",
        citation: { source: "Rule 18A.05", url: "https://example.com/18a", verified: false },
      },
    ];
    const { dom } = render(reportOf(file));
    const rows = elements(
      dom,
      (element) => element.name === "tr" && /^status-/.test(element.attribs.class ?? ""),
    );
    expect(rows.map((row) => row.attribs.class)).toEqual(["status-pass", "status-not-applicable"]);
    const second = rows[1] ? DomUtils.textContent(rows[1]) : "";
    expect(second).toContain("the issuer is not a Chapter 18A issuer");
    expect(second).toContain("unverified");
    const links = elements(
      dom,
      (element) => element.name === "a" && element.attribs.href === "https://example.com/13.52",
    );
    expect(links[0]?.attribs.rel).toBe("noopener noreferrer");
    expect(rows[0] ? DomUtils.textContent(rows[0]) : "").toContain("at 1:1");
  });

  it("numbers findings across files and lists each rule once in the rule filter", () => {
    const first = fileResult("/drafts/en.txt", "First draft text.", [
      finding(0, 5, { ruleId: "hkex/zeta" }),
      finding(6, 11, { ruleId: "hkex/alpha", severity: "error" }),
    ]);
    const second = fileResult("/drafts/zh.txt", "第二份草稿。", [finding(0, 2, { ruleId: "hkex/zeta" })]);
    const { dom } = render(reportOf(first, second));
    const ids = elements(dom, (element) => element.name === "mark" && "id" in element.attribs).map(
      (element) => element.attribs.id,
    );
    expect(ids).toEqual(["f-0", "f-1", "f-2"]);
    const options = elements(dom, (element) => element.name === "option").map(
      (element) => element.attribs.value,
    );
    expect(options).toEqual(["", "hkex/alpha", "hkex/zeta"]);
    const items = elements(dom, (element) => element.name === "li" && element.attribs.class === "finding");
    expect(items.map((item) => item.attribs["data-sev"])).toEqual(["warning", "error", "warning"]);
    expect(elements(dom, (element) => element.name === "h2").map((h) => DomUtils.textContent(h))).toEqual([
      "en.txt",
      "zh.txt",
    ]);
  });

  it("still lists the findings of a file whose text is not available", () => {
    const { dom } = render(reportOf(fileResult("/drafts/a.txt", undefined, [finding(0, 4)])));
    expect(elements(dom, (element) => element.name === "pre")).toHaveLength(0);
    expect(elements(dom, (element) => element.attribs.class === "finding")).toHaveLength(1);
    expect(elements(dom, (element) => element.attribs.class === "empty")).toHaveLength(1);
  });
});

describe("html reporter: highlights", () => {
  const text = "The Company will hold a meeting on [●] 2026 in Hong Kong.";

  it("nests a span inside an enclosing one", () => {
    const { dom } = render(reportOf(fileResult("/drafts/a.txt", text, [finding(0, 43), finding(35, 38)])));
    const [outer] = marksOf(dom, 0);
    const [inner] = marksOf(dom, 1);
    expect(outer && DomUtils.textContent(outer)).toBe(text.slice(0, 43));
    expect(inner?.parent).toBe(outer);
    expect(inner && DomUtils.textContent(inner)).toBe("[●]");
  });

  it("splits a span that crosses the end of another; only the first piece has the id", () => {
    const { dom } = render(reportOf(fileResult("/drafts/a.txt", text, [finding(4, 20), finding(12, 30)])));
    const pieces = marksOf(dom, 1);
    expect(pieces).toHaveLength(2);
    expect(pieces.map((piece) => DomUtils.textContent(piece)).join("")).toBe(text.slice(12, 30));
    expect(pieces.map((piece) => piece.attribs.id)).toEqual(["f-1", undefined]);
    expect(pieces[0]?.parent).toBe(marksOf(dom, 0)[0]);
  });

  it("marks a missing statement with an empty, focusable marker at its position", () => {
    const { dom } = render(
      reportOf(fileResult("/drafts/a.txt", text, [finding(text.length, text.length, { kind: "missing" })])),
    );
    const [marker] = marksOf(dom, 0);
    expect(marker?.attribs.class).toBe("sev-warning gap");
    expect(marker?.attribs.tabindex).toBe("-1");
    expect(marker && DomUtils.textContent(marker)).toBe("");
    const [pre] = elements(dom, (element) => element.name === "pre");
    expect(pre?.children.at(-1)).toBe(marker);
  });

  it("keeps the text intact and covers exactly each span, for any spans", () => {
    const alphabet = fc.constantFrom("a", " ", "\n", "<", ">", "&", '"', "'", "公", "司", "●");
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 1, maxLength: 40 }).map((chars) => chars.join("")),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("error", "warning", "info")), { maxLength: 6 }),
        (source, spans) => {
          const findings = spans.map(([a, b, severity]) => {
            const start = a % (source.length + 1);
            const end = start + (b % (source.length + 1 - start));
            return finding(start, end, { severity: severity as Severity });
          });
          const { dom } = render(reportOf(fileResult("/drafts/a.txt", source, findings)));
          const [pre] = elements(dom, (element) => element.name === "pre");
          expect(pre && DomUtils.textContent(pre)).toBe(source);
          findings.forEach((found, number) => {
            const marks = marksOf(dom, number);
            expect(marks.map((mark) => DomUtils.textContent(mark)).join("")).toBe(
              source.slice(found.span.start.offset, found.span.end.offset),
            );
            expect(marks.filter((mark) => mark.attribs.id === `f-${number}`)).toHaveLength(1);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("html: the profile table", () => {
  it("shows each fact's source, with the registry's snapshot date and how the fact was reached", () => {
    const file: FileResult = {
      ...fileResult("a.txt", "Text.", []),
      profile: {
        regimes: {
          value: ["18A"],
          source: "registry",
          snapshot: "2026-08-13",
          detail: "09871 DRIFTWOOD PK-B",
        },
        board: { value: "gem", source: "stock-code", detail: "GEM stock code 8976 (8001–8999)" },
        asOf: { value: "2026-03-18", source: "text" },
      },
    };
    const { dom } = render(reportOf(file));
    const cells = DomUtils.findAll((element) => element.name === "td", dom).map((cell) =>
      DomUtils.textContent(cell),
    );
    expect(cells).toEqual([
      "18A",
      "registry (snapshot 2026-08-13): 09871 DRIFTWOOD PK-B",
      "gem",
      "stock-code: GEM stock code 8976 (8001–8999)",
      "2026-03-18",
      "text",
    ]);
  });
});
