/**
 * `--shard i/n`: check only the i-th of n parts of the inputs, so a CI matrix can split an
 * archive. Files are assigned by a hash of their path relative to the working directory, not
 * by position, so adding or removing a file moves no other file between shards. Both halves of
 * an English/Chinese pair go by the English file's path, so a pair is never split.
 */
import { relative, sep } from "node:path";
import { sha256 } from "../report/sign-off.js";
import { pairByName } from "./pairing.js";

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses "i/n" (1 ≤ i ≤ n); a string is the problem with it. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return 'must be written i/n, e.g. "2/4" for the second of four parts';
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) return "the number of parts must be at least 1";
  if (index < 1 || index > count) return `the part must be between 1 and ${count}`;
  return { index, count };
}

/** The files (absolute paths) that belong to `shard`, in their original order. */
export function selectShard(files: readonly string[], cwd: string, shard: Shard): string[] {
  const englishOf = new Map<string, string>();
  for (const [english, chinese] of pairByName(files)) englishOf.set(chinese, english);
  return files.filter((file) => shardOf(englishOf.get(file) ?? file, cwd, shard.count) === shard.index);
}

/** The 1-based shard of a path among `count`. */
export function shardOf(file: string, cwd: string, count: number): number {
  const key = relative(cwd, file).split(sep).join("/");
  return (Number.parseInt(sha256(key).slice(0, 8), 16) % count) + 1;
}
