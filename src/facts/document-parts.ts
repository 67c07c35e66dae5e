/**
 * The parts of a long document that keep their own definitions: a circular's appendices and the
 * letters it reproduces hold experts' reports (the accountants' report, the valuer's letter) that
 * define "the Company" or "the Valuation" for themselves. Page headers repeat "APPENDIX II
 * ACCOUNTANTS' REPORT" on every page of the part, so the last such heading before an offset names
 * its part; each salutation ("Dear Sirs,") opens a letter.
 */
import type { Document } from "../document/types.js";

/** A table-of-contents line ("APPENDIX II – ACCOUNTANTS' REPORT . . . . 108") opens no part. */
const NOT_CONTENTS = String.raw`(?![^\n]*(?:\. ?){3})`;
const APPENDIX = String.raw`^[ \t\f]*${NOT_CONTENTS}(?:APPENDIX|Appendix)[ \t]+([IVXL]{1,5}|\d{1,2}|[A-Z])\b`;
const CHINESE_APPENDIX = String.raw`^[ \t\f]*${NOT_CONTENTS}附錄([一二三四五六七八九十]{1,3}|[IVXL]{1,5}|\d{1,2})`;
/** An adviser's or expert's letter reproduced in the document: from its heading or salutation. */
const LETTER = String.raw`^[ \t\f]*${NOT_CONTENTS}(LETTER FROM [^\n]{3,80}|Dear (?:Sirs?|Sir or Madam|Sir/Madam|Shareholders?)[,，]?)[ \t]*$`;
const PART_HEADING = new RegExp(`${APPENDIX}|${CHINESE_APPENDIX}|${LETTER}`, "gm");

export interface DocumentParts {
  /** The part holding a normalised offset ("" before the first appendix or letter). */
  partAt(offset: number): string;
}

export function documentParts(document: Document): DocumentParts {
  const starts: { at: number; label: string }[] = [];
  for (const match of document.original.matchAll(PART_HEADING)) {
    const at = document.toNormalised(match.index);
    const appendix = match[1] ?? match[2];
    const letter = match[3] ?? "";
    // Each salutation opens a letter of its own; a letter's heading repeats on its pages.
    const label = appendix
      ? `appendix ${appendix.toUpperCase()}`
      : letter.startsWith("Dear")
        ? `letter@${at}`
        : letter;
    starts.push({ at, label });
  }
  return {
    partAt(offset) {
      let label = "";
      for (const start of starts) {
        if (start.at > offset) break;
        label = start.label;
      }
      return label;
    },
  };
}
