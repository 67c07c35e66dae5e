/**
 * From the stock code to the issuer: the code stated on the cover (or given), its registry line
 * when the line is the issuer the document names, and the board the code's range implies.
 */
import { findStockCodes, type StockCodeMention } from "../document/stock-code.js";
import type { Document } from "../document/types.js";
import type { Board } from "../domain/issuer.js";
import type { IssuerRegistry, RegistryEntry } from "./issuer-registry.js";
import { shortNameFits } from "./name-fit.js";
import type { Sourced } from "./types.js";

/** The stock code the cover states, or undefined when it states none. */
export interface CoverCode {
  code: string;
  /** The cover names codes of more than one issuer (a joint announcement). */
  severalIssuers: boolean;
  /** What the cover says, for the report ("Stock Code: 9876"). */
  written: string;
}

/** RMB counters are numbered 80000 + the HKD code (89618 for 9618). */
const RMB_COUNTER_BASE = 80000;

export function coverCode(document: Document): CoverCode | undefined {
  const mentions = findStockCodes(document, document.regions.cover);
  const first = mentions[0];
  const code = first?.codes[0]?.code;
  if (!first || code === undefined) return undefined;
  const label = document.normalised.slice(first.label.start, first.label.end);
  const written = first.detached
    ? `${code}, in the table cell of its "${label}" label`
    : document.normalised.slice(first.start, first.end);
  return { code, severalIssuers: mentions.some((mention) => !sameIssuer(first, mention)), written };
}

/** Codes of one label are one issuer's; so are a code and its RMB counter. */
function sameIssuer(first: StockCodeMention, other: StockCodeMention): boolean {
  if (other === first) return true;
  const own = new Set(first.codes.map(({ code }) => issuerCodeOf(code)));
  return other.codes.every(({ code }) => own.has(issuerCodeOf(code)));
}

function issuerCodeOf(code: string): string {
  const numeric = Number(code);
  return numeric > RMB_COUNTER_BASE && numeric < RMB_COUNTER_BASE + 10000
    ? String(numeric - RMB_COUNTER_BASE)
    : code;
}

/** GEM codes are 8001–8999 (GEM issuers keep them until they transfer and get a new code). */
export function boardOfCode(code: string): Board {
  const numeric = Number(issuerCodeOf(code));
  return numeric >= 8001 && numeric <= 8999 ? "gem" : "main";
}

export type RegistryOutcome =
  | { status: "found"; entry: RegistryEntry; detail: string }
  | { status: "not-listed"; detail: string }
  | { status: "not-this-issuer"; detail: string };

/**
 * The registry line for the code, when it is the issuer's: its short name must fit an English
 * name the document or the config gives. A code the user gave is trusted when no name is known;
 * a code read from the text needs a name to confirm it (a mistyped or reassigned code would
 * otherwise lend the document another issuer's regimes).
 */
export function lookUpIssuer(
  registry: IssuerRegistry,
  stockCode: Sourced<string>,
  names: readonly string[],
): RegistryOutcome {
  const match = registry.lookup(stockCode.value);
  const snapshot = `the issuer registry (snapshot ${registry.snapshot})`;
  if (!match) return { status: "not-listed", detail: `not in ${snapshot}` };
  const { entry } = match;
  const line = `${entry.code} ${entry.shortName}`;
  const given = stockCode.source === "cli" || stockCode.source === "config";
  const fits = names.some((name) => shortNameFits(entry.shortName, name));
  if (fits || (given && names.length === 0)) return { status: "found", entry, detail: line };
  const why =
    names.length === 0
      ? "no English issuer name on the cover to confirm it"
      : "it does not fit the issuer's name";
  return { status: "not-this-issuer", detail: `${line} in ${snapshot}, not used: ${why}` };
}
