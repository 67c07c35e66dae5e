import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/document/input-error.js";
import { MAX_HTML_DEPTH, readHtml } from "../../../src/document/read-html.js";
import { BOARD, DISCLAIMER, squash } from "./announcement.js";

const PAGE = `<!DOCTYPE html>
<html><head><title>Not shown</title><style>p { color: red }</style>
<script>document.write("Not shown either")</script></head>
<body>
  <noscript>Enable JavaScript</noscript>
  <template><p>Template text</p></template>
  <p>${DISCLAIMER.replace("and The", "and\n      The")}</p>
  <h1>Lumen Harbour Biotech Limited</h1>
  <div hidden>Hidden draft note</div>
  <div style="display: none">Hidden by style</div>
  <p>Research &amp; development rose 5&nbsp;per cent &#8212; see &lt;Note 3&gt;.</p>
  <ul><li>First site</li><li>Second <b>site</b></li></ul>
  <table><tr><td>Stock code</td><td>9876</td></tr></table>
  <p>${BOARD}</p>
</body></html>`;

describe("readHtml", () => {
  it("extracts visible text only, one block per block element, blank lines between", async () => {
    const source = readHtml("a.html", PAGE);
    const blocks = source.blocks.map((b) => source.original.slice(b.start, b.end));
    expect(blocks).toEqual([
      DISCLAIMER,
      "Lumen Harbour Biotech Limited",
      "Research & development rose 5\u00a0per cent \u2014 see <Note 3>.",
      "First site",
      "Second site",
      "Stock code",
      "9876",
      BOARD,
    ]);
    expect(source.original).toBe(blocks.join("\n\n"));
    expect(source.blocks[1]?.kind).toBe("heading");
    expect(source.blocks[0]?.kind).toBe("paragraph");
    for (const hidden of ["Not shown", "Template", "JavaScript", "Hidden", "color"])
      expect(source.original).not.toContain(hidden);
  });

  it("returns a Document over the extracted text", async () => {
    const document = await readHtml("a.html", new TextEncoder().encode(PAGE));
    expect(document.format).toBe("html");
    expect(squash(document.normalised)).toContain(DISCLAIMER);
  });

  it("maps blocks back to their offsets in the HTML source", () => {
    const source = readHtml("a.html", PAGE);
    const { anchors: sourceOffsets = [], blockOffsets: blockSourceOffsets = [] } =
      source.decoded?.markup ?? {};
    expect(source.decoded?.text).toBe(PAGE);
    expect(blockSourceOffsets).toHaveLength(source.blocks.length);
    const at = (block: number, length: number) => {
      const start = blockSourceOffsets[block] ?? -1;
      return PAGE.slice(start, start + length);
    };
    expect(at(1, 13)).toBe("Lumen Harbour");
    expect(at(6, 4)).toBe("9876");
    const amp = sourceOffsets.find((a) => source.original.slice(a.text, a.text + 1) === "&");
    expect(PAGE.slice(amp?.html, (amp?.html ?? 0) + 5)).toBe("&amp;");
    const texts = sourceOffsets.map((a) => a.text);
    expect([...texts].sort((a, b) => a - b)).toEqual(texts);
  });

  it("reads nesting up to the depth limit and refuses deeper HTML quickly", () => {
    const nested = (depth: number) =>
      `${"<div>".repeat(depth)}Deep text${"</div>".repeat(depth)}<p>After</p>`;
    expect(readHtml("deep.html", nested(MAX_HTML_DEPTH - 5)).original).toBe("Deep text\n\nAfter");
    const started = Date.now();
    let code = "no error";
    try {
      readHtml("deeper.html", nested(200_000));
    } catch (error) {
      if (error instanceof InputError) code = error.code;
    }
    expect(code).toBe("too-deep");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("decodes bytes with a declared legacy charset, or an explicit encoding", async () => {
    const html =
      '<html><head><meta charset="big5"></head><body><p>香港交易及結算所有限公司</p></body></html>';
    const bytes = iconv.encode(html, "big5");
    expect((await readHtml("zh.html", bytes)).original).toBe("香港交易及結算所有限公司");
    const plain = iconv.encode("<p>公司公告</p>", "gb18030");
    expect((await readHtml("zh.html", plain, "gb18030")).original).toBe("公司公告");
  });

  it("refuses input over the size limit", () => {
    expect(() => readHtml("a.html", PAGE, undefined, { maxInputBytes: 10 })).toThrow(InputError);
  });
});
