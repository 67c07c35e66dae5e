/**
 * The native RegExp path (src/patterns/native-patterns.ts) against re2js on every real
 * announcement: for every bundled pattern with a JS translation — proven linear or not, since the
 * translation is what must be exact — the matches (offsets, text, named groups) are the same.
 */
import { describe, expect, it } from "vitest";
import { CHECK_KINDS } from "../../src/checks/registry.js";
import { nativeCandidate, preloadNative } from "../../src/patterns/native-patterns.js";
import { compilePattern } from "../../src/patterns/pattern.js";
import { exportShapes } from "../../src/patterns/pattern-shapes.js";
import { compileRules } from "../../src/rules/compile-rules.js";
import { bundled, corpusEntries, requireShared } from "./corpus.js";

requireShared();
compileRules(bundled.packs, CHECK_KINDS);
const candidates = Object.keys(exportShapes()).flatMap((source) => {
  const native = nativeCandidate(source);
  return native ? [{ source, native }] : [];
});
preloadNative(Object.fromEntries(candidates.map(({ source, native }) => [source, native])));

describe("native patterns on the corpus", () => {
  const texts = corpusEntries().map((entry) => ({ name: entry.file, text: entry.document.normalised }));

  it.each(texts.map((entry) => [entry.name, entry.text] as const))(
    "%s: the same matches as re2js",
    (_name, text) => {
      let matched = 0;
      for (const { source } of candidates) {
        const native = compilePattern(source).matches(text);
        expect(native, source).toEqual(compilePattern(source, false, "re2js").matches(text));
        matched += native.length;
      }
      expect(matched).toBeGreaterThan(0);
    },
  );
});
