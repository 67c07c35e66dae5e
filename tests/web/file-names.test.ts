/** Upload names made safe to show and to name downloads by; which --host values are loopback. */
import { describe, expect, it } from "vitest";
import { contentDisposition, downloadName, extensionOf, safeUploadName } from "../../src/web/file-names.js";
import { loopbackAddress } from "../../src/web/request-guard.js";

describe("safeUploadName", () => {
  it("keeps the last path segment, without invisible characters or leading dots", () => {
    expect(safeUploadName("../../etc/passwd")).toBe("passwd");
    expect(safeUploadName("C:\\Users\\kwok\\公告 草稿.docx")).toBe("公告 草稿.docx");
    expect(safeUploadName("evil\r\nSet-Cookie: a=b.txt")).toBe("evilSet-Cookie: a=b.txt");
    expect(safeUploadName("\u202Efdp.exe")).toBe("fdp.exe");
    expect(safeUploadName("..")).toBe("draft");
    expect(safeUploadName("  .hidden.txt ")).toBe("hidden.txt");
    expect(safeUploadName("name.txt...")).toBe("name.txt");
    expect(safeUploadName("")).toBe("draft");
  });

  it("shortens a long name to 120 characters, keeping its extension and whole characters", () => {
    const long = `${"董".repeat(200)}.docx`;
    const safe = safeUploadName(long);
    expect([...safe]).toHaveLength(120);
    expect(safe.endsWith("董.docx")).toBe(true);
    const emoji = safeUploadName(`${"😀".repeat(130)}.txt`);
    expect(emoji).toBe(`${"😀".repeat(116)}.txt`);
  });
});

describe("download names", () => {
  it("end as asked, after the upload's stem", () => {
    expect(downloadName("board-update.docx", "-reviewed.docx")).toBe("board-update-reviewed.docx");
    expect(downloadName("notes", ".sarif")).toBe("notes.sarif");
    expect(extensionOf("A.DOCX")).toBe(".docx");
    expect(extensionOf("README")).toBe("");
  });

  it("reach the header as plain ASCII and as percent-encoded UTF-8, and nothing else", () => {
    expect(contentDisposition('公告 "final";\\x.json')).toBe(
      `attachment; filename="__ _final___x.json"; filename*=UTF-8''%E5%85%AC%E5%91%8A%20%22final%22%3B%5Cx.json`,
    );
    expect(contentDisposition("it's (v2)*.sarif")).toBe(
      `attachment; filename="it_s (v2)_.sarif"; filename*=UTF-8''it%27s%20%28v2%29%2A.sarif`,
    );
  });
});

describe("loopbackAddress", () => {
  it("accepts loopback addresses and localhost only", () => {
    expect(loopbackAddress("127.0.0.1")).toBe("127.0.0.1");
    expect(loopbackAddress("127.4.5.6")).toBe("127.4.5.6");
    expect(loopbackAddress("LOCALHOST")).toBe("127.0.0.1");
    expect(loopbackAddress("::1")).toBe("::1");
    expect(loopbackAddress("[::1]")).toBe("::1");
    expect(loopbackAddress("0:0:0:0:0:0:0:1")).toBe("::1");
    for (const other of [
      "0.0.0.0",
      "::",
      "192.168.1.2",
      "128.0.0.1",
      "::ffff:127.0.0.1",
      "localhost.",
      "example.com",
      "127.1",
      "",
    ])
      expect(loopbackAddress(other), other).toBeUndefined();
  });
});
