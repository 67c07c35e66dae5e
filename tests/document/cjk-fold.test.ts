import { describe, expect, it } from "vitest";
import { foldPairs, foldSimplified, SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from "../../src/document/cjk-fold.js";

describe("cjk-fold", () => {
  it("folds the characters of the HKEX disclaimer and the caution statement", () => {
    expect(foldSimplified("对其准确性或完整性亦不发表任何声明")).toBe("對其准確性或完整性亦不發表任何聲明");
    expect(foldSimplified("于买卖本公司证券时务请审慎行事")).toBe("於買賣本公司證券時務請審慎行事");
    expect(foldSimplified("股份代号")).toBe("股份代號");
  });

  it("leaves Traditional text, Latin text and characters shared by both scripts alone", () => {
    const traditional = "香港交易及結算所有限公司對本公告的內容概不負責 Stock Code 9876 批准";
    expect(foldSimplified(traditional)).toBe(traditional);
  });

  it("is a one-to-one table of single BMP characters that never maps onto another key", () => {
    const pairs = foldPairs();
    expect(pairs.length).toBeGreaterThan(300);
    const targets = new Set<string>();
    for (const [simplified, traditional] of pairs) {
      expect(simplified.length).toBe(1);
      expect(traditional.length).toBe(1);
      expect(simplified).not.toBe(traditional);
      expect(SIMPLIFIED_ONLY.has(traditional.codePointAt(0) ?? 0)).toBe(false);
      expect(targets.has(traditional)).toBe(false);
      targets.add(traditional);
    }
  });

  it("exposes script-only sets that do not overlap", () => {
    for (const cp of TRADITIONAL_ONLY) expect(SIMPLIFIED_ONLY.has(cp)).toBe(false);
    expect(SIMPLIFIED_ONLY.has("对".codePointAt(0) ?? 0)).toBe(true);
    expect(TRADITIONAL_ONLY.has("對".codePointAt(0) ?? 0)).toBe(true);
  });
});
