/**
 * A fictional HKEX announcement used by the reader tests. The issuer, people and events are
 * invented; only the disclaimer is the Exchange's prescribed wording.
 */

export const DISCLAIMER =
  "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no " +
  "responsibility for the contents of this announcement, make no representation as to its accuracy " +
  "or completeness and expressly disclaim any liability whatsoever for any loss howsoever arising " +
  "from or in reliance upon the whole or any part of the contents of this announcement.";

export const ISSUER = "LUMEN HARBOUR BIOTECH LIMITED";
export const INCORPORATION = "(incorporated in the Cayman Islands with limited liability)";
export const STOCK_CODE = "(Stock Code: 9876)";
export const TITLE = "VOLUNTARY ANNOUNCEMENT PROGRESS OF THE LHB-204 CLINICAL PROGRAMME";

export const BODY = [
  "This announcement is made by Lumen Harbour Biotech Limited (the “Company”) on a voluntary basis " +
    "to keep the shareholders of the Company and potential investors informed of the latest business " +
    "development of the Company and its subsidiaries.",
  "The board of directors of the Company (the “Board”) is pleased to announce that the first patient " +
    "has been dosed in the phase II trial of LHB-204, an oral candidate for chronic tide-pool dermatitis, " +
    "at a trial site in Sha Tin, Hong Kong.",
  "The trial will enrol approximately 120 patients across four sites and is expected to read out top-line " +
    "results in the second half of 2027. The Company will fund the trial from its internal resources.",
  "Shareholders and potential investors should note that there is no assurance that LHB-204 will " +
    "ultimately be successfully developed and marketed. Shareholders and potential investors are advised " +
    "to exercise caution when dealing in the shares of the Company.",
];

export const SIGNATURE = [
  "By order of the Board",
  "Lumen Harbour Biotech Limited",
  "Dr. Aria Tsang",
  "Chairman",
];

export const DATE_LINE = "Hong Kong, 3 March 2026";

export const BOARD =
  "As at the date of this announcement, the Board comprises Dr. Aria Tsang and Mr. Bram Okafor as " +
  "executive directors, Ms. Celia Hwang as non-executive director, and Mr. Dario Leung, Ms. Esme " +
  "Fairclough and Mr. Felix Nakamura as independent non-executive directors.";

/** Extra filler paragraphs (numbered, so each is distinct) to push text onto later pages. */
export function fillerParagraphs(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) =>
      `Milestone ${i + 1}. The Company continued its research collaboration with the Harbour Institute ` +
      `of Marine Pharmacology during the period, covering assay development, toxicology studies and ` +
      `manufacturing scale-up for work package ${i + 1} of the programme.`,
  );
}

/** Collapses every run of whitespace, so assertions do not depend on where lines broke. */
export const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

/** How often `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
