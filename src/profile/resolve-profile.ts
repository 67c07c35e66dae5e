/**
 * Builds the Profile for one document. Each fact comes from the strongest source that has it:
 *
 *   command line > config > issuer registry (via the stock code) > the code's range (GEM is
 *   8001–8999) > a short name given in the config > cues in the text.
 *
 * The stock code is the one given, else the one on the cover. Text cues for the board and the
 * regimes count only when no code is known or the registry cannot place it, because a cue is
 * usually the statement a rule checks. Every fact records where it came from.
 */
import { findStockCodes } from "../document/stock-code.js";
import type { Document } from "../document/types.js";
import type { Board, Issuer, ProfileSettings, Regime } from "../domain/issuer.js";
import { detectDocumentKinds } from "../facts/document-kind.js";
import { issuerNames } from "../facts/issuer-names.js";
import { boardFromText, regimesFromText } from "../facts/text-cues.js";
import { boardOfCode, type CoverCode, coverCode, lookUpIssuer } from "./issuer-lookup.js";
import type { IssuerRegistry, RegistryEntry } from "./issuer-registry.js";
import { regimesFromShortName } from "./short-name.js";
import type { Profile, Sourced } from "./types.js";

export { regimesFromShortName } from "./short-name.js";

export interface ProfileInputs {
  cli?: ProfileSettings;
  config?: ProfileSettings;
  document: Document;
  /** The date to judge by when nothing else says (YYYY-MM-DD). */
  today: string;
  /** The document's own date, when one was found (YYYY-MM-DD). */
  documentDate?: string;
  /** Listed issuers by stock code; without it, the board and regimes come from weaker sources. */
  registry?: IssuerRegistry;
}

function pick<T>(cli: T | undefined, config: T | undefined): Sourced<T> | undefined {
  if (cli !== undefined) return { value: cli, source: "cli" };
  if (config !== undefined) return { value: config, source: "config" };
  return undefined;
}

interface GivenFacts {
  name: Sourced<string> | undefined;
  stockCode: Sourced<string> | undefined;
  shortName: Sourced<string> | undefined;
  board: Sourced<Board> | undefined;
  regimes: Sourced<Regime[]> | undefined;
}

/** The issuer facts the command line or the config states (the command line wins). */
function givenFacts(cli: Issuer, config: Issuer): GivenFacts {
  return {
    name: pick(cli.name, config.name),
    stockCode: pick(cli.stockCode, config.stockCode),
    shortName: pick(cli.shortName, config.shortName),
    board: pick(cli.board, config.board),
    regimes: pick(cli.regimes, config.regimes),
  };
}

export function resolveProfile(inputs: ProfileInputs): Profile {
  const { cli = {}, config = {}, document } = inputs;
  const given = givenFacts(cli.issuer ?? {}, config.issuer ?? {});
  const profile: Profile = {
    asOf:
      pick(cli.asOf, config.asOf) ??
      (inputs.documentDate
        ? { value: inputs.documentDate, source: "text" }
        : { value: inputs.today, source: "default" }),
  };
  const name = given.name;
  if (name) profile.name = name;
  const onCover = given.stockCode ? undefined : coverCode(document);
  const stockCode = given.stockCode ?? (onCover && coverFact(onCover));
  if (stockCode) profile.stockCode = stockCode;
  const registry = registryFacts(inputs, stockCode, name, onCover);
  if (registry.note && profile.stockCode) profile.stockCode = withDetail(profile.stockCode, registry.note);
  const issuer = registry.issuer;

  const shortName = given.shortName ?? (issuer && registry.fact(issuer.shortName));
  if (shortName) profile.shortName = shortName;
  const board =
    given.board ??
    (issuer && registry.fact(issuer.board)) ??
    (stockCode && boardFromCode(stockCode.value)) ??
    (stockCode ? undefined : boardFromTextAlone(document));
  if (board) profile.board = board;
  const regimes =
    given.regimes ??
    (issuer && registry.fact(regimesFromShortName(issuer.shortName))) ??
    weakRegimes(document, given.shortName);
  if (regimes) profile.regimes = regimes;

  const givenKind = pick(cli.documentKind, config.documentKind);
  const kinds: Sourced<string[]> = givenKind
    ? { value: [givenKind.value], source: givenKind.source }
    : { value: detectDocumentKinds(document), source: "text" };
  profile.documentKinds = kinds;
  profile.documentKind = givenKind ?? { value: kinds.value[0] ?? "announcement", source: kinds.source };
  return profile;
}

interface RegistryFacts {
  /** The issuer's registry line, when the registry has the code and the line is this issuer's. */
  issuer?: RegistryEntry;
  /** A fact read from that line: source "registry", with the snapshot date. */
  fact<T>(value: T): Sourced<T> | undefined;
  /** Why the line was not used, for the stock-code fact. */
  note?: string;
}

/** Looks the code up; a cover naming several issuers (a joint announcement) is no one issuer's. */
function registryFacts(
  inputs: ProfileInputs,
  stockCode: Sourced<string> | undefined,
  name: Sourced<string> | undefined,
  onCover: CoverCode | undefined,
): RegistryFacts {
  const none: RegistryFacts = { fact: () => undefined };
  const { registry, document } = inputs;
  if (!registry || !stockCode || onCover?.severalIssuers) return none;
  const outcome = lookUpIssuer(registry, stockCode, [
    ...(name ? [name.value] : []),
    ...issuerNames(document),
  ]);
  if (outcome.status !== "found") return { ...none, note: outcome.detail };
  return {
    issuer: outcome.entry,
    fact: (value) => ({ value, source: "registry", snapshot: registry.snapshot, detail: outcome.detail }),
  };
}

function coverFact(found: CoverCode): Sourced<string> {
  const where = found.severalIssuers ? "the first of several issuers' codes on the cover" : "on the cover";
  return { value: found.code, source: "text", detail: `${where}: "${found.written}"` };
}

function boardFromCode(code: string): Sourced<Board> {
  const board = boardOfCode(code);
  const detail =
    board === "gem" ? `GEM stock code ${code} (8001–8999)` : `stock code ${code} is not a GEM code`;
  return { value: board, source: "stock-code", detail };
}

/**
 * No code on the cover: GEM if the text names GEM, else the range of the first code stated
 * anywhere (an excerpt may have lost its cover, not the code in its body).
 */
function boardFromTextAlone(document: Document): Sourced<Board> | undefined {
  const cue = boardFromText(document.normalised);
  if (cue) return { value: cue, source: "text" };
  const code = findStockCodes(document)[0]?.codes[0]?.code;
  if (code === undefined) return undefined;
  return {
    ...boardFromCode(code),
    source: "text",
    detail: `stock code ${code} in the text, not on the cover`,
  };
}

/** Without a registry line: the regimes a given short name states, else the text's cues. */
function weakRegimes(
  document: Document,
  shortName: Sourced<string> | undefined,
): Sourced<Regime[]> | undefined {
  if (shortName) return { value: regimesFromShortName(shortName.value), source: "short-name" };
  const cues = regimesFromText(document.normalised);
  return cues.length > 0 ? { value: cues, source: "text" } : undefined;
}

function withDetail<T>(fact: Sourced<T>, detail: string): Sourced<T> {
  return { ...fact, detail: fact.detail ? `${fact.detail}; ${detail}` : detail };
}
