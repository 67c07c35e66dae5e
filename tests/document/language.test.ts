import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/document/language.js";
import { ANNOUNCEMENT_EN, ANNOUNCEMENT_ZH, ANNOUNCEMENT_ZH_HANS } from "./fixtures.js";

describe("detectLanguage", () => {
  it("detects an English announcement that carries the issuer's Chinese name", () => {
    expect(ANNOUNCEMENT_EN).toContain("明港生物科技有限公司");
    expect(detectLanguage(ANNOUNCEMENT_EN)).toBe("en");
  });

  it("detects Traditional Chinese with English names and codes inside", () => {
    expect(detectLanguage(ANNOUNCEMENT_ZH)).toBe("zh-Hant");
  });

  it("detects Simplified Chinese", () => {
    expect(detectLanguage(ANNOUNCEMENT_ZH_HANS)).toBe("zh-Hans");
  });

  it("treats a short Chinese heading as Chinese and text without letters as English", () => {
    expect(detectLanguage("盈利警告")).toBe("zh-Hant");
    expect(detectLanguage("2025-03-03 12:00")).toBe("en");
    expect(detectLanguage("")).toBe("en");
  });

  it("does not let a list of Chinese director names turn an English paragraph Chinese", () => {
    const text =
      "As at the date of this announcement, the Board comprises Mr. Chan Tai Man (陳大文) and Ms. Lee Siu Ying (李小英) as executive Directors, and Mr. Ho Ka Po (何家寶), Ms. Wong Mei Lin (黃美蓮) and Dr. Lam Chi Keung (林志強) as independent non-executive Directors.";
    expect(detectLanguage(text)).toBe("en");
  });
});
