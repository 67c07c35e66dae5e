/**
 * Builds the Profile for one document: the command line first, then the config, then the
 * stock short-name markers, then cues in the text. Every fact records where it came from.
 */
import type { Document } from "../document/types.js";
import type { Board, Regime } from "../rules/types.js";
import { detectDocumentKind } from "./document-kind.js";
import type { FactSource, Profile, Sourced } from "./types.js";

export interface IssuerSettings {
  name?: string;
  stockCode?: string;
  shortName?: string;
  board?: Board;
  regimes?: Regime[];
}

export interface ProfileSettings {
  issuer?: IssuerSettings;
  asOf?: string;
  documentKind?: string;
}

export interface ProfileInputs {
  cli?: ProfileSettings;
  config?: ProfileSettings;
  document: Document;
  /** The date to judge by when nothing else says (YYYY-MM-DD). */
  today: string;
  /** The document's own date, when one was found (YYYY-MM-DD). */
  documentDate?: string;
}

function pick<T>(cli: T | undefined, config: T | undefined): Sourced<T> | undefined {
  if (cli !== undefined) return { value: cli, source: "cli" };
  if (config !== undefined) return { value: config, source: "config" };
  return undefined;
}

/** Short-name suffixes (HKEX naming convention): -B biotech, -W WVR, -S secondary, -P 18C. */
const MARKER_REGIMES: Record<string, Regime> = { B: "18A", W: "8A", S: "19C", P: "18C" };

export function regimesFromShortName(shortName: string): Regime[] {
  const marker = /-([A-Z]{1,3})\s*$/.exec(shortName.trim().toUpperCase())?.[1] ?? "";
  const regimes: Regime[] = [];
  for (const letter of marker) {
    const regime = MARKER_REGIMES[letter];
    if (regime && !regimes.includes(regime)) regimes.push(regime);
  }
  return regimes;
}

const REGIME_CUES: readonly { regime: Regime; cue: RegExp }[] = [
  { regime: "18A", cue: /\b(rule|chapter) 18A\b|\b18A\.0\d\b|第18A(章|\.0\d條)|biotech company/i },
  { regime: "8A", cue: /controlled through weighted voting rights|不同投票權控制/i },
  { regime: "18C", cue: /specialist technology compan(y|ies)|特專科技公司/i },
];

function regimesFromText(text: string): Regime[] {
  return REGIME_CUES.filter(({ cue }) => cue.test(text)).map(({ regime }) => regime);
}

const STOCK_CODE = /(?:stock\s?codes?|股份代號)\s?:?\s?(\d{1,5})/i;
const GEM_CUE =
  /\bGEM of the Stock Exchange\b|Growth Enterprise Market|\bGEM Listing Rules\b|創業板|GEM上市規則|GEM證券上市規則/i;

function boardFromText(text: string): Board | undefined {
  if (GEM_CUE.test(text)) return "gem";
  const code = STOCK_CODE.exec(text)?.[1];
  if (!code) return undefined;
  // GEM stock codes are 8001–8999.
  const numeric = Number(code);
  return numeric >= 8000 && numeric <= 8999 ? "gem" : "main";
}

export function resolveProfile(inputs: ProfileInputs): Profile {
  const { cli = {}, config = {}, document } = inputs;
  const profile: Profile = {
    asOf:
      pick(cli.asOf, config.asOf) ??
      (inputs.documentDate
        ? { value: inputs.documentDate, source: "text" }
        : { value: inputs.today, source: "default" }),
  };
  const name = pick(cli.issuer?.name, config.issuer?.name);
  if (name) profile.name = name;
  const stockCode = pick(cli.issuer?.stockCode, config.issuer?.stockCode);
  if (stockCode) profile.stockCode = stockCode;
  const shortName = pick(cli.issuer?.shortName, config.issuer?.shortName);
  if (shortName) profile.shortName = shortName;

  const board = pick(cli.issuer?.board, config.issuer?.board) ?? fromText(boardFromText(document.normalised));
  if (board) profile.board = board;

  const regimes =
    pick(cli.issuer?.regimes, config.issuer?.regimes) ??
    (shortName ? sourced(regimesFromShortName(shortName.value), "short-name") : undefined) ??
    fromText(nonEmpty(regimesFromText(document.normalised)));
  if (regimes) profile.regimes = regimes;

  profile.documentKind = pick(cli.documentKind, config.documentKind) ?? {
    value: detectDocumentKind(document),
    source: "text",
  };
  return profile;
}

function sourced<T>(value: T, source: FactSource): Sourced<T> {
  return { value, source };
}

function fromText<T>(value: T | undefined): Sourced<T> | undefined {
  return value === undefined ? undefined : { value, source: "text" };
}

function nonEmpty<T>(values: T[]): T[] | undefined {
  return values.length > 0 ? values : undefined;
}
