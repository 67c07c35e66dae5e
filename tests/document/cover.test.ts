import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document/create-document.js";
import { DISCLAIMER_EN, DISCLAIMER_ZH } from "./fixtures.js";

const doc = (text: string) => createDocument({ path: "a.txt", format: "text", text });

/** A page of legends longer than the top region reaches (3,000 characters). */
const LEGENDS = Array.from(
  { length: 14 },
  () =>
    "This announcement is for information purposes only and does not constitute an invitation or offer to acquire, purchase or subscribe for any securities in the United States or elsewhere.",
).join("\n");

const IDENTITY = [
  "Driftwood Peak Robotics Limited",
  "漂木峰機械人有限公司",
  "(Incorporated in the Cayman Islands with limited liability)",
  "(Stock Code: 9871)",
].join("\n");

describe("the cover", () => {
  it("is page 1 when page 1 carries the identity block", () => {
    const document = doc(`${DISCLAIMER_EN}\n\n${IDENTITY}\n\nVOLUNTARY ANNOUNCEMENT\n\f\nPage two.\n`);
    expect(document.regions.cover).toEqual(document.regions.firstPage);
  });

  it("is the first page with the identity block when the pages before it hold only legends", () => {
    const text = `${DISCLAIMER_EN}\n${LEGENDS}\n\f\n${LEGENDS}\n\f\n${IDENTITY}\n\nANNOUNCEMENT OF OFFER PRICE\n\f\nPage four.\n`;
    const document = doc(text);
    const { cover, firstPage } = document.regions;
    expect(firstPage.end).toBeLessThan(document.normalised.indexOf("Driftwood Peak"));
    expect(cover.start).toBe(document.normalised.indexOf("Driftwood Peak"));
    expect(cover.end).toBe(document.normalised.indexOf("Page four."));
  });

  it('is the first page that states the code, when the name line has no "Limited"', () => {
    const text = `${DISCLAIMER_EN}\n${LEGENDS}\n\f\nDriftwood Peak\n漂木峰\n\nGLOBAL OFFERING\nStock code\n\n:\n\n9871\n\f\nPage three.\n`;
    const document = doc(text);
    expect(document.normalised.slice(document.regions.cover.start)).toMatch(/^Driftwood Peak/);
  });

  it("is page 1 when no page carries an identity block", () => {
    const noIdentity = doc(`${DISCLAIMER_EN}\n${LEGENDS}\n\f\nMore legends.\n\f\nStill more.\n`);
    expect(noIdentity.regions.cover).toEqual(noIdentity.regions.firstPage);
  });

  it("takes in a name at the foot of a page and the code at the head of the next", () => {
    const name =
      "Driftwood Peak Robotics Limited\n(Incorporated in the Cayman Islands with limited liability)";
    const document = doc(
      `${DISCLAIMER_EN}\n${LEGENDS}\n${name}\n\f\n(Stock Code: 9871)\nANNOUNCEMENT\n\f\nPage three.\n`,
    );
    expect(document.regions.cover).toEqual({ start: 0, end: document.normalised.indexOf("Page three.") });
  });

  it("without page breaks, reaches a page past an identity block that only legends precede", () => {
    const legendsOnly = doc(
      `${DISCLAIMER_EN}\n${LEGENDS}\n${LEGENDS}\n${IDENTITY}\n\n${LEGENDS}\n${LEGENDS}\n`,
    );
    const blockStart = legendsOnly.normalised.indexOf("Driftwood Peak");
    expect(legendsOnly.regions.firstPage.end).toBe(5000);
    expect(blockStart).toBeGreaterThan(5000);
    expect(legendsOnly.regions.cover).toEqual({ start: 0, end: blockStart + 5000 });
    const bodyFirst = doc(
      `${DISCLAIMER_EN}\nThis announcement is made by the Company on a voluntary basis.\n${LEGENDS}\n${LEGENDS}\n${IDENTITY}\n`,
    );
    expect(bodyFirst.regions.cover).toEqual(bodyFirst.regions.firstPage);
  });

  it("looks no further than page 4", () => {
    const late = doc(`${DISCLAIMER_EN}\n${LEGENDS}\n\f\nA.\n\f\nB.\n\f\nC.\n\f\n${IDENTITY}\n`);
    expect(late.regions.cover).toEqual(late.regions.firstPage);
  });

  it("reads PDF pages from the reader", () => {
    const text = `${DISCLAIMER_ZH}\n${LEGENDS}\n${IDENTITY}\n`;
    const pageTwo = text.indexOf("Driftwood Peak");
    const document = createDocument({ path: "a.pdf", format: "pdf", text, pageStarts: [pageTwo] });
    expect(document.regions.cover).toEqual({
      start: document.toNormalised(pageTwo),
      end: document.normalised.length,
    });
  });
});
