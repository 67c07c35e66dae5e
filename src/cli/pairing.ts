/**
 * English and Chinese versions of one announcement, paired by file name the way issuers name
 * them (`…-en` / `…-zh`, `…_e` / `…_c`, `…-eng` / `…-chi`), or explicitly with --pair.
 */
import { basename, dirname, extname, join } from "node:path";

const ENGLISH_SUFFIX = /^(.*?)([-_.])(en|eng|e)$/i;
const CHINESE_SUFFIXES: Record<string, readonly string[]> = {
  en: ["zh", "tc", "chi", "cn"],
  eng: ["chi", "zh", "tc"],
  e: ["c", "zh"],
};

/** English file → Chinese file, for every pair whose both halves are among `files`. */
export function pairByName(files: readonly string[]): Map<string, string> {
  const present = new Set(files);
  const pairs = new Map<string, string>();
  for (const file of files) {
    const extension = extname(file);
    const stem = basename(file, extension);
    const match = ENGLISH_SUFFIX.exec(stem);
    if (!match) continue;
    const [, base, separator, suffix] = match as unknown as [string, string, string, string];
    for (const chinese of CHINESE_SUFFIXES[suffix.toLowerCase()] ?? []) {
      for (const candidate of [chinese, chinese.toUpperCase()]) {
        const other = join(dirname(file), `${base}${separator}${candidate}${extension}`);
        if (present.has(other) && other !== file) {
          pairs.set(file, other);
          break;
        }
      }
      if (pairs.has(file)) break;
    }
  }
  return pairs;
}
