import { describe, expect, it } from "vitest";
import { findBlocks } from "../../src/document/blocks.js";

const textOf = (text: string, format: "text" | "markdown" = "text") =>
  findBlocks(text, format).map((block) => [block.kind, text.slice(block.start, block.end)]);

describe("findBlocks", () => {
  it("splits paragraphs at blank lines and keeps original offsets", () => {
    const text = "  First line\r\nsecond line.\r\n\r\nNext paragraph.  \r\n";
    expect(textOf(text)).toEqual([
      ["paragraph", "First line\r\nsecond line."],
      ["paragraph", "Next paragraph."],
    ]);
  });

  it("takes short upper-case lines without a full stop as headings, even without blank lines", () => {
    const text =
      "VOLUNTARY ANNOUNCEMENT\nThe Board is pleased to announce the results.\nBUSINESS UPDATE\nTrading continues.";
    expect(textOf(text)).toEqual([
      ["heading", "VOLUNTARY ANNOUNCEMENT"],
      ["paragraph", "The Board is pleased to announce the results."],
      ["heading", "BUSINESS UPDATE"],
      ["paragraph", "Trading continues."],
    ]);
  });

  it("does not take an upper-case sentence or a long line as a heading", () => {
    expect(textOf("THE BOARD WISHES TO ANNOUNCE THIS.")[0]?.[0]).toBe("paragraph");
    expect(textOf(`${"LUMEN HARBOUR ".repeat(10)}`)[0]?.[0]).toBe("paragraph");
  });

  it("finds short standalone Chinese headings but not wrapped lines of a paragraph", () => {
    const text =
      "自願公告\n本公司董事會欣然宣佈，LHB-101第二期臨床試驗已完成\n首名患者給藥。\n一般事項\n本公告僅供參考。";
    expect(textOf(text)).toEqual([
      ["heading", "自願公告"],
      ["paragraph", "本公司董事會欣然宣佈，LHB-101第二期臨床試驗已完成\n首名患者給藥。"],
      ["heading", "一般事項"],
      ["paragraph", "本公告僅供參考。"],
    ]);
  });

  it("uses # lines as headings in Markdown and nothing else", () => {
    const text = "# Voluntary announcement\n\nBODY IN CAPITALS\nmore text\n\n## Board\nBoard paragraph.";
    expect(textOf(text, "markdown")).toEqual([
      ["heading", "# Voluntary announcement"],
      ["paragraph", "BODY IN CAPITALS\nmore text"],
      ["heading", "## Board"],
      ["paragraph", "Board paragraph."],
    ]);
  });

  it("numbers blocks in order", () => {
    const blocks = findBlocks("A.\n\nB.\n\nC.", "text");
    expect(blocks.map((block) => block.index)).toEqual([0, 1, 2]);
  });
});
