/**
 * What a stock short name's marker says about the issuer. HKEX appends a marker after the last
 * hyphen: "CARSGEN-B" is a Chapter 18A biotech, "MEITUAN-W" has weighted voting rights, and an
 * RMB counter adds "R" ("SENSETIME-WR"). The marker is read as a whole token from a closed
 * table: "-PF" (a public-float marker) is not "-P" plus "F", and the tail of a name such as
 * "ASIA TELE-NET" or "CHINA NEXT-GEN" is not a marker at all. Full-width forms (科濟藥業－Ｂ)
 * read as their ASCII equivalents.
 */
import type { Regime } from "../domain/issuer.js";

export interface ShortNameMarker {
  /** The marker as written after the hyphen, upper case ("SW", "WR"); absent when there is none. */
  marker?: string;
  /** The regimes the marker states (empty when the marker states none, or there is no marker). */
  regimes: Regime[];
  /** The line is the issuer's RMB counter ("-R", "-WR", "-SWR"). */
  rmbCounter: boolean;
}

/** Markers that state regimes; an RMB counter appends "R" to them. */
const REGIME_MARKERS: Readonly<Record<string, readonly Regime[]>> = {
  B: ["18A"],
  W: ["8A"],
  S: ["19C"],
  SW: ["19C", "8A"],
  SB: ["19C", "18A"],
  P: ["18C"],
};

/**
 * Markers that state no regime: PF (public float below the prescribed level), NEW / OLD
 * (parallel trading during a change of board lot or a consolidation), SS (share stapled units),
 * DRS (depositary receipts), T (a trading-only security), RTS (nil-paid rights).
 */
const OTHER_MARKERS: ReadonlySet<string> = new Set(["PF", "NEW", "OLD", "SS", "DRS", "T", "RTS"]);

/** Hyphens and dashes that may stand before a marker once NFKC has folded the full-width ones. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/gu;

export function readShortNameMarker(shortName: string): ShortNameMarker {
  const folded = shortName.normalize("NFKC").replace(DASHES, "-").trim().toUpperCase();
  const token = /-\s?([A-Z]{1,3})$/u.exec(folded)?.[1];
  if (token === undefined) return { regimes: [], rmbCounter: false };
  if (token === "R") return { marker: token, regimes: [], rmbCounter: true };
  const regimes = REGIME_MARKERS[token];
  if (regimes) return { marker: token, regimes: [...regimes], rmbCounter: false };
  const counterOf = token.endsWith("R") ? REGIME_MARKERS[token.slice(0, -1)] : undefined;
  if (counterOf) return { marker: token, regimes: [...counterOf], rmbCounter: true };
  if (OTHER_MARKERS.has(token)) return { marker: token, regimes: [], rmbCounter: false };
  return { regimes: [], rmbCounter: false };
}

export function regimesFromShortName(shortName: string): Regime[] {
  return readShortNameMarker(shortName).regimes;
}

/** The short name without its marker ("CARSGEN-B" → "CARSGEN"), for matching it to a name. */
export function shortNameStem(shortName: string): string {
  const folded = shortName.normalize("NFKC").replace(DASHES, "-").trim();
  const { marker } = readShortNameMarker(folded);
  return marker === undefined ? folded : folded.replace(/-\s?[A-Za-z]{1,3}$/u, "").trim();
}
