import { describe, expect, it } from "vitest";
import { InputError } from "../../src/document/input-error.js";
import { readMarkdown } from "../../src/document/read-markdown.js";
import { readText } from "../../src/document/read-text.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("readText and readMarkdown", () => {
  it("reads a plain-text file with a BOM into a Document", () => {
    const document = readText(
      "notice.txt",
      new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("VOLUNTARY ANNOUNCEMENT\r\n")]),
    );
    expect(document.path).toBe("notice.txt");
    expect(document.format).toBe("text");
    expect(document.original).toBe("VOLUNTARY ANNOUNCEMENT\r\n");
    expect(document.normalised).toBe("VOLUNTARY ANNOUNCEMENT");
    expect(document.blocks[0]?.kind).toBe("heading");
  });

  it("reads Markdown keeping the syntax in the original and # lines as headings", () => {
    const text = "# Voluntary announcement\n\nThe **Board** announces.";
    const document = readMarkdown("notice.md", bytes(text));
    expect(document.format).toBe("markdown");
    expect(document.original).toBe(text);
    expect(document.blocks.map((block) => block.kind)).toEqual(["heading", "paragraph"]);
  });

  it("reports undecodable bytes as an InputError", () => {
    expect(() => readText("bad.txt", new Uint8Array([0xff, 0x41, 0xc0]))).toThrow(InputError);
  });
});
