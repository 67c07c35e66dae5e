/**
 * The issuer registry: HKEX's list of listed equity securities as data (stock code, short name,
 * board), so the profile can learn the board and the regimes from the stock code on the cover
 * instead of from the statements the rules are checking. The kernel never reads it from disk:
 * each front end loads the bundled snapshot (data/hkex-issuers.json, by src/bundled/) and
 * passes it in, and tests pass registries of fictional issuers.
 */

import { normaliseStockCode } from "../document/stock-code.js";
import type { Board } from "../domain/issuer.js";

export interface RegistryEntry {
  /** The code as listed, five digits ("02171"). */
  code: string;
  shortName: string;
  board: Board;
  /** The RMB counter's code, on an HKD line that has one. */
  rmbCounter?: string;
}

export interface IssuerRegistry {
  /** Where the list comes from (shown with facts read from it). */
  source: string;
  /** The date the list describes (YYYY-MM-DD); facts read from it are as of this date. */
  snapshot: string;
  /** The issuer's line for a code (leading zeros optional); an RMB counter finds its HKD line. */
  lookup(code: string): RegistryMatch | undefined;
}

export interface RegistryMatch {
  /** The issuer's main (HKD) line, or the looked-up line when it has no other. */
  entry: RegistryEntry;
  /** The line looked up, when it was the issuer's RMB counter. */
  counter?: RegistryEntry;
}

export function createIssuerRegistry(
  source: string,
  snapshot: string,
  entries: readonly RegistryEntry[],
): IssuerRegistry {
  const byCode = new Map(entries.map((entry) => [normaliseStockCode(entry.code), entry]));
  const counterOf = new Map<string, RegistryEntry>();
  for (const entry of entries)
    if (entry.rmbCounter) counterOf.set(normaliseStockCode(entry.rmbCounter), entry);
  return {
    source,
    snapshot,
    lookup(code) {
      const key = normaliseStockCode(code);
      const entry = byCode.get(key);
      const main = counterOf.get(key);
      if (main && entry) return { entry: main, counter: entry };
      return entry ? { entry } : main ? { entry: main } : undefined;
    },
  };
}

/** The bundled file's shape: metadata, then one row per line [code, shortName, board, rmbCounter]. */
export interface RegistryFile {
  source: string;
  snapshot: string;
  columns: string[];
  rows: string[][];
}

const COLUMNS = ["code", "shortName", "board", "rmbCounter"];

/** Reads the bundled registry file; a malformed file is a packaging bug, so it throws. */
export function parseIssuerRegistry(data: unknown): IssuerRegistry {
  if (!isRegistryFile(data)) throw new Error("disclint: the issuer registry file is malformed");
  const entries = data.rows.map((row, index): RegistryEntry => {
    const [code = "", shortName = "", board = "", rmbCounter = ""] = row;
    if (!/^\d{5}$/u.test(code) || shortName === "" || (board !== "main" && board !== "gem"))
      throw new Error(`disclint: the issuer registry's row ${index + 1} is malformed`);
    return { code, shortName, board, ...(rmbCounter !== "" && { rmbCounter }) };
  });
  return createIssuerRegistry(data.source, data.snapshot, entries);
}

function isRegistryFile(data: unknown): data is RegistryFile {
  if (typeof data !== "object" || data === null) return false;
  const { source, snapshot, columns, rows } = data as Record<string, unknown>;
  return (
    typeof source === "string" &&
    typeof snapshot === "string" &&
    /^\d{4}-\d{2}-\d{2}$/u.test(snapshot) &&
    Array.isArray(columns) &&
    columns.join() === COLUMNS.join() &&
    Array.isArray(rows) &&
    rows.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === "string"))
  );
}
