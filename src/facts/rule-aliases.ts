/**
 * Old Listing Rule appendix numbers (before the 31 December 2023 renumbering) and their new
 * ones, from data/rule-aliases.yaml: a hint for a user who cites "Appendix 14", and a finder for
 * out-of-date references in a document ("Appendix 14 to the Listing Rules", 「上市規則附錄十四」).
 */
import { parse } from "yaml";
import { parseChineseNumber } from "./numbers.js";

export interface RuleAlias {
  old: string;
  new: string;
  title: string;
  board?: "gem";
  verified: boolean;
  source?: string;
}

export interface OldReference {
  start: number;
  end: number;
  text: string;
  alias: RuleAlias;
  hint: string;
}

export function parseAliases(text: string): RuleAlias[] {
  return aliasesFromData(parse(text));
}

/** The aliases from the file's parsed content (the build saves it as JSON: no YAML at start-up). */
export function aliasesFromData(parsed: unknown): RuleAlias[] {
  const data = parsed as { aliases?: RuleAlias[] } | null;
  return (data?.aliases ?? []).map((alias) => ({ ...alias, old: String(alias.old).toUpperCase() }));
}

function lookup(number: string, gem: boolean, aliases: readonly RuleAlias[]): RuleAlias | undefined {
  const key = number.toUpperCase();
  const forBoard = aliases.find((alias) => alias.old === key && (alias.board === "gem") === gem);
  return (
    forBoard ?? (gem ? undefined : aliases.find((alias) => alias.old === key && alias.board === undefined))
  );
}

function hintFor(alias: RuleAlias): string {
  const board = alias.board === "gem" ? "GEM " : "";
  const doubt = alias.verified ? "" : " (mapping not yet verified against the current rulebook)";
  return `${board}Appendix ${alias.old} is Appendix ${alias.new} (${alias.title}) since 31 December 2023${doubt}`;
}

const APPENDIX = /\b(?:Appendix|App\.)\s?(\d{1,2}[A-F]?)\b/i;
const CHINESE_APPENDIX = /附錄\s?([0-9〇零一二三四五六七八九十]{1,3})([A-F]?)/;

/** A hint when `text` cites an old appendix number ("Appendix 14", "GEM Appendix 15", "附錄十四"). */
export function aliasHint(text: string, aliases: readonly RuleAlias[]): string | undefined {
  const gem = /\bGEM\b|創業板/i.test(text);
  const english = APPENDIX.exec(text);
  const chinese = CHINESE_APPENDIX.exec(text);
  const number =
    english?.[1] ??
    (chinese ? `${parseChineseNumber(chinese[1] ?? "") ?? chinese[1]}${chinese[2] ?? ""}` : undefined);
  if (number === undefined) return undefined;
  const alias = lookup(number, gem, aliases);
  return alias ? hintFor(alias) : undefined;
}

/**
 * "Appendix 14 to the Listing Rules" or 「上市規則附錄十四」: only appendices said to belong to
 * the Listing Rules, since a circular has appendices of its own ("Appendix I to this circular").
 */
const ENGLISH_REFERENCE =
  /\b(?:Appendix|App\.)\s?(\d{1,2}[A-F]?)\b(?:\s*\([^)]{0,80}\))?\s+(?:to|of|under)\s+the\s+(GEM\s+)?(?:Listing Rules|Rules Governing the Listing of Securities)/gi;
const CHINESE_REFERENCE =
  /(GEM|創業板)?(?:證券)?上市規則(?:》)?(?:的|之)?附錄\s?([0-9〇零一二三四五六七八九十]{1,3})([A-F]?)(?![0-9A-Z])/g;

export function findOldReferences(text: string, aliases: readonly RuleAlias[]): OldReference[] {
  const found: OldReference[] = [];
  const push = (start: number, matched: string, number: string, gem: boolean) => {
    const alias = lookup(number, gem, aliases);
    if (alias) found.push({ start, end: start + matched.length, text: matched, alias, hint: hintFor(alias) });
  };
  for (const match of text.matchAll(ENGLISH_REFERENCE))
    push(match.index, match[0], match[1] ?? "", match[2] !== undefined);
  for (const match of text.matchAll(CHINESE_REFERENCE)) {
    const digits = parseChineseNumber(match[2] ?? "") ?? Number(match[2]);
    push(match.index, match[0], `${digits}${match[3] ?? ""}`, match[1] !== undefined);
  }
  return found.sort((a, b) => a.start - b.start);
}
