/**
 * Recognises what kind of document this is from its title and headline, in English and
 * Chinese. Order matters: the first cue that matches in the top of the document wins, so the
 * more specific kinds come first (a "connected transaction" is also an "announcement").
 * The cues are fixed, bounded patterns written here, not user input.
 */
import type { Document } from "../document/types.js";

interface KindCue {
  kind: string;
  cue: RegExp;
}

const KIND_CUES: readonly KindCue[] = [
  {
    kind: "unusual-movement",
    cue: /unusual (price|trading|movements?)|made at the request of the stock exchange|股價及成交量異常波動|應香港聯合交易所有限公司要求/i,
  },
  { kind: "inside-information", cue: /inside information|內幕消息/i },
  { kind: "connected-transaction", cue: /connected transactions?|關連交易/i },
  {
    kind: "notifiable-transaction",
    cue: /(discloseable|major|very substantial|share) (transaction|acquisition|disposal)|須予披露交易|主要交易|非常重大/i,
  },
  { kind: "trading-halt", cue: /trading halt|halt in trading|suspension of trading|短暫停牌|暫停買賣/i },
  { kind: "resumption", cue: /resumption of trading|復牌|恢復買賣/i },
  { kind: "profit-warning", cue: /profit warning|positive profit alert|盈利警告|正面盈利預告/i },
  {
    kind: "director-change",
    cue: /(appointment|resignation|retirement|removal|change) of (an? )?(independent non-executive |non-executive |executive )?directors?|(委任|辭任|辭去|變更).{0,12}董事/i,
  },
  { kind: "poll-results", cue: /poll results|投票表決結果/i },
  { kind: "allotment-results", cue: /allotment results|配發結果/i },
  { kind: "results", cue: /(annual|interim|final|quarterly) results|業績公告/i },
  { kind: "dividend", cue: /\bdividend\b|股息/i },
  {
    kind: "meeting-notice",
    cue: /notice of (the )?(annual |extraordinary |special )?general meeting|股東(週年|特別)大會通告/i,
  },
  { kind: "board-meeting", cue: /date of (the )?board meeting|董事會會議日期/i },
  { kind: "circular", cue: /this circular is important|本通函/i },
  { kind: "report", cue: /(annual|interim) report|年報|中期報告/i },
  { kind: "listing-document", cue: /\bprospectus\b|招股章程/i },
  { kind: "voluntary", cue: /voluntary announcement|自願(性)?公告/i },
];

/** The document's kind, or "announcement" when no headline cue is found. */
export function detectDocumentKind(document: Document): string {
  // The headline sits in the first page; 2,500 characters covers the disclaimer and title block.
  const head = document.normalised.slice(0, Math.max(document.regions.top.end, 2500));
  for (const { kind, cue } of KIND_CUES) if (cue.test(head)) return kind;
  return "announcement";
}

export const DOCUMENT_KINDS: readonly string[] = ["announcement", ...KIND_CUES.map((cue) => cue.kind)];
