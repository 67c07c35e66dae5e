/**
 * A line ending in a hyphen is either a word split by hyphenation ("manu-facturing") or a
 * compound broken at its own hyphen ("non-executive"); the second must keep its hyphen, or
 * board and defined-term checks stop recognising the words.
 */
import { describe, expect, it } from "vitest";
import { readPdfSource } from "../../../src/document/read-pdf.js";
import { linesPdf } from "./make-pdf.js";

async function joined(lines: string[]): Promise<string> {
  return (await readPdfSource("lines.pdf", await linesPdf(lines))).text;
}

describe("PDF line joining at hyphens", () => {
  it("keeps the hyphen of a known compound first part", async () => {
    expect(
      await joined([
        "Mr. Siu Ho Yin and Ms. Mak Sze Wai are the independent non-",
        "executive Directors of Lumen Harbour Biotech Limited, which runs a",
        "double-blind trial of LHB-204 in Hong Kong with a double-",
        "blind design agreed with the committee.",
      ]),
    ).toBe(
      "Mr. Siu Ho Yin and Ms. Mak Sze Wai are the independent non-executive Directors of Lumen Harbour " +
        "Biotech Limited, which runs a double-blind trial of LHB-204 in Hong Kong with a double-blind " +
        "design agreed with the committee.",
    );
  });

  it("keeps a hyphen the document uses elsewhere in the same word", async () => {
    expect(
      await joined([
        "The re-election of Dr. Aria Tsang was approved at the meeting, and the re-",
        "election of the other retiring directors will follow in June 2026.",
      ]),
    ).toBe(
      "The re-election of Dr. Aria Tsang was approved at the meeting, and the re-election of the other " +
        "retiring directors will follow in June 2026.",
    );
  });

  it("removes the hyphen of a split word, also when the document uses the whole word", async () => {
    expect(
      await joined([
        "The results were presented to the Board in March 2026 and will be pre-",
        "sented to the shareholders at the annual general meeting in May 2026 by",
        "the Chairman of the Company, who also supervises the expansion of the manu-",
        "facturing plant of the Company in Tai Po.",
      ]),
    ).toBe(
      "The results were presented to the Board in March 2026 and will be presented to the shareholders " +
        "at the annual general meeting in May 2026 by the Chairman of the Company, who also supervises " +
        "the expansion of the manufacturing plant of the Company in Tai Po.",
    );
  });

  it("keeps a hyphen that follows a digit, which hyphenation never splits after", async () => {
    expect(
      await joined([
        "The Company's candidate vaccine against the tide-pool virus, known as the LHB5-",
        "tp construct, entered the trial after the review of the Board in March 2026.",
      ]),
    ).toBe(
      "The Company's candidate vaccine against the tide-pool virus, known as the LHB5-tp construct, entered " +
        "the trial after the review of the Board in March 2026.",
    );
  });
});
