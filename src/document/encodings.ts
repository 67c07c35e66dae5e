/**
 * Turning input bytes into text: byte-order marks, strict UTF-8, UTF-16 without a BOM, and
 * the legacy Chinese encodings (Big5 / Big5-HKSCS, GB18030) that older HKEX filings use.
 * Bytes that are not text at all are refused rather than decoded into noise.
 */
import { createRequire } from "node:module";
import type IconvLite from "iconv-lite";
import { refuseKnownBinaryFormat } from "./file-signature.js";
import { InputError } from "./input-error.js";

// iconv-lite's tables are half a megabyte; load them only for a file that is not UTF-8.
let iconvModule: typeof IconvLite | undefined;
const iconv = {
  get lib(): typeof IconvLite {
    iconvModule ??= createRequire(import.meta.url)("iconv-lite") as typeof IconvLite;
    return iconvModule;
  },
  decode: (...args: Parameters<typeof IconvLite.decode>) => iconv.lib.decode(...args),
  encodingExists: (name: string) => iconv.lib.encodingExists(name),
};

export interface DecodedText {
  text: string;
  /** The encoding actually used, as an iconv-lite / WHATWG name. */
  encoding: string;
}

/** The bytes start with a UTF-8 or UTF-16 byte-order mark (which decoding removes). */
export function hasByteOrderMark(bytes: Uint8Array): boolean {
  return bomEncoding(bytes) !== undefined;
}

/** How many leading bytes the sniffers look at; enough to judge, cheap on 50 MB inputs. */
const SNIFF_BYTES = 8192;

/** Decode `bytes` to text, honouring an explicit `encoding` (e.g. from `--encoding`). */
export function decodeBytes(bytes: Uint8Array, path: string, encoding?: string): string {
  return decodeBytesDetailed(bytes, path, encoding).text;
}

export function decodeBytesDetailed(bytes: Uint8Array, path: string, encoding?: string): DecodedText {
  // A PDF or Word file under a text name is refused as what it is, whatever --encoding says.
  refuseKnownBinaryFormat(bytes, path);
  if (encoding !== undefined) return decodeExplicit(bytes, path, encoding);
  const bom = bomEncoding(bytes);
  if (bom === "utf-8") return { text: decodeUtf8Strict(bytes.subarray(3), path), encoding: "utf-8" };
  if (bom !== undefined)
    return { text: iconv.decode(bytes.subarray(2), bom, { stripBOM: false }), encoding: bom };
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== undefined) {
    const text = iconv.decode(bytes, utf16, { stripBOM: false });
    if (mostlyControls(text))
      throw new InputError("binary-file", path, `${path}: looks like a binary file, not text`);
    return { text, encoding: utf16 };
  }
  if (looksBinary(bytes)) {
    throw new InputError("binary-file", path, `${path}: looks like a binary file, not text`);
  }
  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8" };
  return decodeLegacyChinese(bytes, path);
}

function decodeExplicit(bytes: Uint8Array, path: string, encoding: string): DecodedText {
  if (!iconv.encodingExists(encoding)) {
    throw new InputError("unknown-encoding", path, `${path}: unknown encoding "${encoding}"`);
  }
  // iconv-lite strips a matching BOM by default, which is what a user naming the encoding wants.
  return { text: iconv.decode(bytes, encoding), encoding: encoding.toLowerCase() };
}

function bomEncoding(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/**
 * UTF-16 without a BOM shows itself on ASCII-heavy text: every other byte is NUL. We require
 * the pattern on most code units of one parity and almost none of the other, so that binary
 * files full of NULs are not mistaken for text.
 */
export function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  // UTF-16 comes in two-byte units: an odd count of bytes is not UTF-16 (a few binary bytes
  // with NULs in every other place would otherwise decode into a "text" of control characters).
  if (bytes.length % 2 !== 0) return undefined;
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const units = length / 2;
  if (oddNuls >= units * 0.4 && evenNuls <= units * 0.02) return "utf-16le";
  if (evenNuls >= units * 0.4 && oddNuls <= units * 0.02) return "utf-16be";
  return undefined;
}

/** Text never contains NULs and rarely C0 controls other than tab, newline, form feed, CR, ESC. */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SNIFF_BYTES);
  if (length === 0) return false;
  let nuls = 0;
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) nuls++;
    else if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1b
    ) {
      controls++;
    }
  }
  return nuls > length * 0.01 || nuls + controls > length * 0.1;
}

/** Decoded "text" whose characters are mostly C0 controls (tab, line breaks and ESC aside) is not text. */
function mostlyControls(text: string): boolean {
  const sample = text.slice(0, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x20 && !TEXT_CONTROLS.has(code)) controls++;
  }
  return sample.length > 0 && controls > sample.length * 0.1;
}

/** Tab, line feed, form feed, carriage return and ESC, which text does contain. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1b]);

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeUtf8Strict(bytes: Uint8Array, path: string): string {
  const text = tryUtf8(bytes);
  if (text === undefined) {
    throw new InputError(
      "invalid-encoding",
      path,
      `${path}: starts with a UTF-8 byte-order mark but is not valid UTF-8 — pass --encoding`,
    );
  }
  return text;
}

const LEGACY_CHINESE = ["big5hkscs", "gb18030"] as const;

/**
 * Big5 bytes decode "successfully" as GB18030 and vice versa, so the count of replacement
 * characters alone cannot choose. Real text is dominated by a few hundred common characters;
 * the wrong decoding produces rare ones (and kana, box-drawing signs) instead.
 */
function decodeLegacyChinese(bytes: Uint8Array, path: string): DecodedText {
  let best: { decoded: DecodedText; score: number; cjk: number } | undefined;
  for (const encoding of LEGACY_CHINESE) {
    const text = iconv.decode(bytes, encoding);
    const { score, cjk } = scoreChinese(text);
    if (best === undefined || score > best.score) best = { decoded: { text, encoding }, score, cjk };
  }
  if (best === undefined || best.cjk === 0 || best.score <= 0) {
    throw new InputError(
      "invalid-encoding",
      path,
      `${path}: not valid UTF-8 and not recognisable as Big5 or GB18030 — pass --encoding`,
    );
  }
  return best.decoded;
}

/** Traditional and Simplified forms of the most frequent characters, plus announcement vocabulary. */
const COMMON_CHINESE = new Set(
  [
    "的一是不了在人有我他這这個个們们中來来上大為为和國国地到以說说時时要就出會会可也你對对生能而子那得於于",
    "著着下自之年過过發发後后作裡里用道行所然家種种事成方多經经麼么去法學学如都同現现當当沒没動动面起看定天分",
    "還还進进好小部其些主樣样理心她本前開开但因只從从想實实日軍军者意無无力它與与長长把機机十民第公此已工使",
    "情明性知全三又關关點点正業业外將将兩两高間间由問问很最重並并物手應应戰战向頭头文體体政美相見见被利什二",
    "等產产或新己制身果加西斯月話话合回特代內内信表化老給给世位次度門门任常先海通教兒儿原東东聲声提立及比員员",
    "解水名真論论處处走義义各入幾几口認认條条平系氣气題题活爾尔更別别打女變变四神總总何電电數数安少報报才結结",
    "董監监司股份限集團团香港聯联交易所責责任概負负告謹谨佈布宣附註注議议決决資资金額额收購购配售期間財财務务",
    "年度截至止元萬万億亿港幣币百分比率持有人士獨独立非執执行委員员主席首席秘書书登記记冊册",
  ].join(""),
);

function scoreChinese(text: string): { score: number; cjk: number } {
  let common = 0;
  let cjk = 0;
  let suspicious = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0xfffd) suspicious += 4;
    else if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x2500 && code <= 0x257f)) suspicious++;
    else if (code >= 0x3400 && code <= 0x9fff) {
      cjk++;
      if (COMMON_CHINESE.has(char)) common++;
    }
  }
  return { score: common * 2 - suspicious, cjk };
}
