/**
 * The upload form, read: the draft, the other language version, what the user states about the
 * issuer, and what they asked for back. Mistakes in it (no draft, a stock code of letters, an
 * impossible date) are values with a sentence for the user, never exceptions.
 *
 * multipart/form-data is parsed by the fetch API's own `Response.formData()` (Node's undici),
 * from the bytes already read within the size limit.
 */
import { type Board, type Issuer, type ProfileSettings, REGIMES, type Regime } from "../domain/issuer.js";
import { safeUploadName } from "./file-names.js";

export interface UploadedFile {
  /** The browser's name for it, made safe (src/web/file-names.ts). */
  name: string;
  bytes: Uint8Array;
}

/** What the user asked for: the report page, or one of the downloads. */
export const OUTPUTS = ["report", "docx", "sarif", "json"] as const;
export type Output = (typeof OUTPUTS)[number];

export interface Upload {
  draft: UploadedFile;
  /** The other language version of the same announcement, compared with the draft. */
  other?: UploadedFile;
  stated: ProfileSettings;
  output: Output;
}

export type FormOutcome = { upload: Upload } | { problem: string };

export async function readUploadForm(body: Uint8Array, contentType: string): Promise<FormOutcome> {
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return { problem: "The upload could not be read as a form. Reload the page and try again." };
  }
  const draft = await fileField(form, "draft");
  if (!draft) return { problem: "Choose a draft to check (.docx, .pdf, .txt, .html or .md)." };
  const other = await fileField(form, "other");
  const stated = statedSettings(form);
  if ("problem" in stated) return stated;
  const output = textField(form, "output") || "report";
  if (!(OUTPUTS as readonly string[]).includes(output))
    return { problem: "That download is not one this page offers." };
  return { upload: { draft, ...(other && { other }), stated: stated.settings, output: output as Output } };
}

/** A chosen file; an empty file input (no name, no bytes) is no file. */
async function fileField(form: FormData, name: string): Promise<UploadedFile | undefined> {
  const value = form.get(name);
  if (value === null || typeof value === "string") return undefined;
  if (value.name === "" && value.size === 0) return undefined;
  return { name: safeUploadName(value.name), bytes: new Uint8Array(await value.arrayBuffer()) };
}

function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

type Stated = { settings: ProfileSettings } | { problem: string };

/** The issuer's stock code, board and regimes, and the as-of date, as the CLI's options state them. */
function statedSettings(form: FormData): Stated {
  const stockCode = textField(form, "stockCode");
  if (stockCode !== "" && !/^\d{1,5}$/.test(stockCode))
    return { problem: "The stock code is 1 to 5 digits (for example 9876)." };
  const board = textField(form, "board");
  if (board !== "" && board !== "main" && board !== "gem")
    return { problem: "The board is the Main Board or GEM." };
  const regimes = regimesOf(form);
  if ("problem" in regimes) return regimes;
  const asOf = textField(form, "asOf");
  if (asOf !== "" && !isCalendarDate(asOf))
    return { problem: "The date to judge by must be a real date, written YYYY-MM-DD." };
  const issuer: Issuer = {
    ...(stockCode !== "" && { stockCode }),
    ...(board !== "" && { board: board as Board }),
    ...(regimes.regimes && { regimes: regimes.regimes }),
  };
  return { settings: { issuer, ...(asOf !== "" && { asOf }) } };
}

/** Ticked regimes; "none" is a statement (no special regime), nothing ticked says nothing. */
function regimesOf(form: FormData): { regimes?: Regime[] } | { problem: string } {
  const ticked = form.getAll("regime").filter((value): value is string => typeof value === "string");
  if (ticked.length === 0) return {};
  if (ticked.includes("none"))
    return ticked.length === 1
      ? { regimes: [] }
      : { problem: "“None of these” cannot be ticked with a regime: untick one of them." };
  const unknown = ticked.find((value) => !(REGIMES as readonly string[]).includes(value));
  if (unknown !== undefined) return { problem: `Choose the regimes among ${REGIMES.join(", ")}.` };
  return { regimes: ticked as Regime[] };
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
