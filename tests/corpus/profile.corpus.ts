/**
 * The profile of every corpus text with no config at all, against what MANIFEST.tsv records:
 * the stock code read on the cover, the board and the regimes the bundled registry gives for
 * it. Prints where each fact came from; fails on a wrong code, a wrong board, or a regime the
 * registry claims that the issuer did not have. A registry line without a marker the issuer
 * had when it wrote an older document (an 18A issuer that has since met the financial tests
 * and lost "-B") is expected, and printed.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract-facts.js";
import { resolveProfile } from "../../src/profile/resolve-profile.js";
import type { Profile } from "../../src/profile/types.js";
import { bundledRegistry, corpusEntries } from "./corpus.js";

const entries = corpusEntries().map((entry) => {
  const documentDate = extractFacts(entry.document).documentDate?.iso;
  const profile: Profile = resolveProfile({
    document: entry.document,
    today: "2026-11-25",
    registry: bundledRegistry,
    ...(documentDate && { documentDate }),
  });
  return { ...entry, profile };
});

const stripZeros = (code: string) => code.replace(/^0+(?=\d)/, "");

describe("profiles of the corpus texts with no config", () => {
  it("prints where the board and the regimes came from", () => {
    const tally = new Map<string, number>();
    for (const { profile } of entries) {
      for (const key of [
        `board from ${profile.board?.source ?? "nowhere"}`,
        `regimes from ${profile.regimes?.source ?? "nowhere"}`,
      ])
        tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    const rows = [...tally].sort().map(([key, count]) => `${key.padEnd(28)} ${count}`);
    console.log(`\nProfile sources over ${entries.length} corpus texts (no config):\n${rows.join("\n")}\n`);
    expect(entries.some(({ profile }) => profile.regimes?.source === "registry")).toBe(true);
  });

  it("reads the manifest's stock code on the cover whenever it reads one", () => {
    const wrong = entries
      .filter(({ manifest, profile }) => profile.stockCode && /^\d+$/.test(manifest.stock_code ?? ""))
      .filter(({ manifest, profile }) => profile.stockCode?.value !== stripZeros(manifest.stock_code ?? ""))
      .map(({ file, profile }) => `${file}: ${profile.stockCode?.value}`);
    expect(wrong).toEqual([]);
  });

  it("derives the manifest's board from the registry or the code's range", () => {
    const derived = entries.filter(
      ({ manifest, profile }) =>
        (profile.board?.source === "registry" || profile.board?.source === "stock-code") &&
        (manifest.board === "main" || manifest.board === "gem"),
    );
    expect(derived.length).toBeGreaterThan(0);
    expect(
      derived
        .filter(({ manifest, profile }) => profile.board?.value !== manifest.board)
        .map(({ file }) => file),
    ).toEqual([]);
  });

  it("claims no regime from the registry that the manifest denies, and misses one only on older texts", () => {
    const fromRegistry = entries.filter(({ profile }) => profile.regimes?.source === "registry");
    const claims = (profile: Profile, regime: "18A" | "8A") =>
      profile.regimes?.value.includes(regime) ?? false;
    const wrongClaims = fromRegistry
      .filter(
        ({ manifest, profile }) =>
          (claims(profile, "18A") && manifest.chapter18a === "no") ||
          (claims(profile, "8A") && manifest.wvr === "no"),
      )
      .map(({ file }) => file);
    expect(wrongClaims).toEqual([]);
    const missed = fromRegistry.filter(
      ({ manifest, profile }) =>
        (manifest.chapter18a === "yes" && !claims(profile, "18A")) ||
        (manifest.wvr === "yes" && !claims(profile, "8A")),
    );
    console.log(
      `Registry lines without a marker the issuer had when it wrote the text (${missed.length}):\n${missed
        .map(({ file, profile }) => `  ${file}: ${profile.regimes?.detail}`)
        .join("\n")}\n`,
    );
    // A marker is only ever dropped after listing, so a text the registry misses predates the snapshot.
    expect(
      missed
        .filter(({ manifest }) => !(manifest.date && manifest.date < bundledRegistry.snapshot))
        .map(({ file }) => file),
    ).toEqual([]);
  });
});
