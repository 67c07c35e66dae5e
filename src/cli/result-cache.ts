/**
 * `--cache`: results of unchanged drafts are reused instead of checked again. An entry is keyed
 * by everything the result depends on: the file's bytes, the rule packs' texts, the config's
 * text, the tool version and the options that change results. A result judged by today's date
 * (no --as-of, no date in the document) is reused on the same day only.
 */
import { readFileSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { FileResult } from "../engine/types.js";
import { sha256 } from "../report/sign-off.js";
import type { RuleSet } from "../rules/rule-sets.js";
import type { FileCheckOptions } from "./check-file.js";
import type { ConfigForFile } from "./config-lookup.js";
import { writeFileAtomic } from "./write-output.js";

/** Where --cache keeps its results when no file is named (relative to the working directory). */
export const DEFAULT_CACHE_FILE = ".disclint-cache/results.json";

const CACHE_FORMAT = 1;

interface CacheEntry {
  key: string;
  result: FileResult;
  /** Set when the result depends on the day it was checked. */
  today?: string;
}

export class ResultCache {
  hits = 0;
  misses = 0;

  private constructor(
    readonly path: string,
    private readonly entries: Map<string, CacheEntry>,
  ) {}

  /** Opens the cache file; a missing or unreadable one starts empty (it is only a cache). */
  static async open(path: string): Promise<ResultCache> {
    const entries = new Map<string, CacheEntry>();
    try {
      const data: unknown = JSON.parse(await readFile(path, "utf8"));
      if (isCacheFile(data))
        for (const [file, entry] of Object.entries(data.entries)) entries.set(file, entry);
    } catch {
      // Missing or corrupt: every file is checked and the cache rewritten.
    }
    return new ResultCache(path, entries);
  }

  lookup(file: string, key: string, today: string): FileResult | undefined {
    const entry = this.entries.get(file);
    if (entry && entry.key === key && (entry.today === undefined || entry.today === today)) {
      this.hits += 1;
      return entry.result;
    }
    this.misses += 1;
    return undefined;
  }

  store(file: string, key: string, result: FileResult, today: string): void {
    const byToday = result.profile.asOf?.source === "default";
    this.entries.set(file, { key, result, ...(byToday && { today }) });
  }

  /** Writes the cache atomically; entries of files not checked this time are kept. */
  async save(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const entries = Object.fromEntries([...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writeFileAtomic(this.path, `${JSON.stringify({ format: CACHE_FORMAT, entries })}\n`);
  }
}

function isCacheFile(data: unknown): data is { format: number; entries: Record<string, CacheEntry> } {
  if (typeof data !== "object" || data === null) return false;
  const { format, entries } = data as { format?: unknown; entries?: unknown };
  return format === CACHE_FORMAT && typeof entries === "object" && entries !== null;
}

const packDigests = new WeakMap<RuleSet, string>();

/** The packs' files and texts: editing a pack (or choosing another) changes every key. */
function packDigest(ruleSet: RuleSet): string {
  let digest = packDigests.get(ruleSet);
  if (!digest) {
    digest = sha256(
      ruleSet.packs.map((pack) => `${pack.file}\n${sha256(readFileSync(pack.file))}`).join("\n"),
    );
    packDigests.set(ruleSet, digest);
  }
  return digest;
}

export interface CacheKeyParts {
  /** sha256 of the file's bytes. */
  content: string;
  ruleSet: RuleSet;
  config: ConfigForFile | undefined;
  /** From `optionsDigest`: the same for every file of a run. */
  options: string;
}

/** The tool version and the options that change results, hashed once per run. */
export function optionsDigest(version: string, options: FileCheckOptions): string {
  const { stats: _stats, cwd: _cwd, today: _today, ...relevant } = options;
  return sha256(JSON.stringify({ version, ...relevant }));
}

export function cacheKey(parts: CacheKeyParts): string {
  return sha256(
    JSON.stringify({
      content: parts.content,
      packs: packDigest(parts.ruleSet),
      config: sha256(`${parts.config?.file ?? ""}\n${parts.config?.text ?? ""}`),
      options: parts.options,
    }),
  );
}
