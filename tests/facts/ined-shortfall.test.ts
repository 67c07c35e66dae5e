import { describe, expect, it } from "vitest";
import { findShortfallNotice } from "../../src/facts/ined-shortfall.js";
import { doc } from "./helpers.js";

const notice = (text: string) => {
  const normalised = doc(text).normalised;
  const found = findShortfallNotice(normalised);
  return found && normalised.slice(found.start, found.end);
};

describe("findShortfallNotice", () => {
  it("finds an announcement of the INED shortfall, in English and Chinese", () => {
    expect(
      notice(
        "Upon the resignation of Ms. Siu Ka Yan, the number of independent non-executive Directors falls below the minimum required under Rule 3.10(1) of the Listing Rules.",
      ),
    ).toBe("Rule 3.10(1)");
    expect(
      notice(
        "The Company will use its best endeavours to identify a suitable candidate within three months as required under Rule 3.11.",
      ),
    ).toBe("Rule 3.11");
    expect(
      notice("Following the retirement, the Company does not meet the one-third of the board requirement."),
    ).toBe("one-third of the board");
    expect(notice("簡偉樂先生辭任後，本公司未有遵守上市規則第3.10(1)條的規定。")).toBe("第3.10(1)條");
    expect(notice("本公司將於三個月內委任新的獨立非執行董事，以符合上市規則第 3.10A 條的規定。")).toBe(
      "第 3.10A 條",
    );
    expect(notice("獨立非執行董事人數跌至少於獨立非執行董事之最低人數。")).toBe("獨立非執行董事之最低人數");
  });

  it("does not take compliance, or a three-month period unrelated to the INED rules, for a shortfall", () => {
    expect(
      notice(
        "Throughout the period the Company complied with Rules 3.10(1) and 3.10A, which require not less than three independent non-executive directors representing at least one-third of the board.",
      ),
    ).toBeUndefined();
    expect(notice("The agreement may be terminated by three months' written notice.")).toBeUndefined();
    expect(notice("本公司一直遵守上市規則第3.10(1)條，獨立非執行董事不少於三名。")).toBeUndefined();
  });
});
