import { describe, expect, it } from "vitest";
import { fillTemplate, hasFillInBlank } from "../../../src/checks/support/template.js";

describe("fillTemplate", () => {
  it("fills known placeholders and leaves unknown ones visible", () => {
    expect(fillTemplate("{{a}} and {{ b }} but {{c}}", { a: "one", b: 2 })).toBe("one and 2 but {{c}}");
  });
});

describe("hasFillInBlank", () => {
  it("finds the blanks a drafter must complete, in either script", () => {
    expect(hasFillInBlank("Incorporated in [place] with limited liability")).toBe(true);
    expect(hasFillInBlank("於【地點】註冊成立")).toBe(true);
    expect(hasFillInBlank("Incorporated in the Cayman Islands with limited liability")).toBe(false);
  });
});
