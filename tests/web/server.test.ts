/**
 * The web app's guards, without a browser: the access token, the Host and Origin checks that
 * stop DNS rebinding and other sites, loopback-only listening, the size limit, hostile file
 * names and contents, and a clean close. Each request here is one a hostile page or client
 * could send.
 */
import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_INPUT_BYTES } from "../../src/document/reader-limits.js";
import { UsageError } from "../../src/domain/usage-error.js";
import { startWebServer, type WebServer } from "../../src/web/server.js";
import { expectValidReport } from "../helpers/report-schema.js";
import { SALTMARSH_EN } from "./drafts.js";
import { type Answer, multipart, send, uploadBody, withToken } from "./http.js";

const TODAY = "2026-11-25";
let server: WebServer;

beforeAll(async () => {
  server = await startWebServer({ cwd: process.cwd(), today: () => TODAY, maxInputBytes: 64 * 1024 });
});

afterAll(async () => {
  await server?.close();
});

const page = (headers: Record<string, string> = {}, token = server.token) =>
  send(server.origin, { path: withToken("/", token), headers });
const check = (body: Buffer, headers: Record<string, string> = {}) =>
  send(server.origin, { path: withToken("/check", server.token), body, headers });

describe("the access token", () => {
  it("opens the page with the token, and refuses every request without it or with another", async () => {
    expect((await page()).status).toBe(200);
    expect((await send(server.origin, { path: "/" })).status).toBe(403);
    expect((await page({}, "")).status).toBe(403);
    expect((await page({}, `${server.token}x`)).status).toBe(403);
    expect(
      (
        await page(
          {},
          server.token.replace(/^./, (c) => (c === "A" ? "B" : "A")),
        )
      ).status,
    ).toBe(403);
    expect((await send(server.origin, { path: `/?Token=${server.token}` })).status).toBe(403);
    expect((await send(server.origin, { path: "/favicon.ico" })).status).toBe(403);
    const upload = uploadBody({ filename: "a.txt", content: SALTMARSH_EN });
    const refused = await send(server.origin, { path: "/check", body: upload });
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain("Saltmarsh");
  });

  it("is 256 random bits, different for each server", async () => {
    const other = await startWebServer({ cwd: process.cwd() });
    try {
      expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(other.token).not.toBe(server.token);
      expect((await send(other.origin, { path: withToken("/", server.token) })).status).toBe(403);
    } finally {
      await other.close();
    }
  });
});

describe("Host and Origin (DNS rebinding, other sites)", () => {
  it("answers only requests that name this server", async () => {
    const port = new URL(server.origin).port;
    expect((await page({ Host: `localhost:${port}` })).status).toBe(200);
    for (const forged of [
      "attacker.example",
      `attacker.example:${port}`,
      `127.0.0.1:${Number(port) + 1}`,
      "127.0.0.1",
      `0.0.0.0:${port}`,
    ]) {
      const answer = await page({ Host: forged });
      expect(answer.status, forged).toBe(403);
      expect(answer.text).not.toContain("<form");
    }
  });

  it("refuses requests from another origin, even with the token", async () => {
    expect((await page({ Origin: server.origin })).status).toBe(200);
    const body = uploadBody({ filename: "a.txt", content: SALTMARSH_EN });
    for (const origin of [
      "http://attacker.example",
      "null",
      `http://127.0.0.1:${Number(new URL(server.origin).port) + 1}`,
      server.origin.replace("http:", "https:"),
    ]) {
      expect((await check(body, { Origin: origin })).status, origin).toBe(403);
    }
    for (const site of ["cross-site", "same-site"])
      expect((await check(body, { "Sec-Fetch-Site": site })).status).toBe(403);
    expect((await check(body, { Origin: server.origin, "Sec-Fetch-Site": "same-origin" })).status).toBe(200);
  });
});

/** Listening sockets on `port` in /proc/net/tcp{,6}: their local addresses in the kernel's hex. */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === "0A")
      .map((fields) => fields[1]?.split(":")[0] ?? ""),
  );
}

describe("loopback only", () => {
  it("listens on 127.0.0.1 and nowhere else", async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(listeners(Number(new URL(server.origin).port))).toEqual(["0100007F"]);
  });

  it("takes localhost as 127.0.0.1", async () => {
    const local = await startWebServer({ cwd: process.cwd(), host: "localhost" });
    try {
      expect(local.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(listeners(Number(new URL(local.origin).port))).toEqual(["0100007F"]);
    } finally {
      await local.close();
    }
  });

  it("listens on ::1 alone when asked, or says this computer has no IPv6 loopback", async () => {
    const started = await startWebServer({ cwd: process.cwd(), host: "::1" }).catch(
      (error: unknown) => error,
    );
    if (started instanceof Error) {
      expect(started.message).toBe("cannot listen on ::1 on this computer: try --host 127.0.0.1");
      return;
    }
    const six = started as WebServer;
    try {
      expect(six.origin).toMatch(/^http:\/\/\[::1\]:\d+$/);
      expect(listeners(Number(new URL(six.origin).port))).toEqual(["00000000000000000000000001000000"]);
      expect((await send(six.origin, { path: withToken("/", six.token) })).status).toBe(200);
    } finally {
      await six.close();
    }
  });

  it("refuses any host that is not a loopback address, before listening", async () => {
    for (const host of [
      "0.0.0.0",
      "::",
      "[::]",
      "0:0:0:0:0:0:0:0",
      "192.168.1.20",
      "10.0.0.1",
      "example.com",
      "::ffff:127.0.0.1",
      "",
    ]) {
      await expect(startWebServer({ cwd: process.cwd(), host }), host).rejects.toThrow(UsageError);
    }
    await expect(startWebServer({ cwd: process.cwd(), host: "0.0.0.0" })).rejects.toThrow(
      /listens only on a loopback address/,
    );
  });

  it("says so when the chosen port is taken", async () => {
    const port = Number(new URL(server.origin).port);
    await expect(startWebServer({ cwd: process.cwd(), port })).rejects.toThrow(
      `port ${port} is already in use`,
    );
  });
});

describe("size limits", () => {
  it("uses the CLI's --max-size default when none is given", async () => {
    const plain = await startWebServer({ cwd: process.cwd() });
    try {
      const answer = await send(plain.origin, { path: withToken("/", plain.token) });
      expect(answer.text).toContain(`data-max-bytes="${DEFAULT_MAX_INPUT_BYTES}"`);
      expect(DEFAULT_MAX_INPUT_BYTES).toBe(50 * 1024 * 1024);
    } finally {
      await plain.close();
    }
  });

  it("refuses a file over the limit with a page that says the limit", async () => {
    const answer = await check(uploadBody({ filename: "bulky.txt", content: "a".repeat(100 * 1024) }));
    expect(answer.status).toBe(413);
    expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(answer.text).toContain("bulky.txt is 100 KB, over the 64 KB limit");
  });

  it("stops keeping an upload far over the limit, answers, and goes on serving", async () => {
    const answer = await check(uploadBody({ filename: "huge.txt", content: "b".repeat(5 * 1024 * 1024) }));
    expect(answer.status).toBe(413);
    expect(answer.text).toContain("The upload is too large");
    expect(answer.text).toContain("up to 64 KB each");
    expect((await check(uploadBody({ filename: "small.txt", content: SALTMARSH_EN }))).status).toBe(200);
  });
});

/** The Content-Disposition of a download, with both of its file names. */
function dispositionOf(answer: Answer): { ascii: string; encoded: string } {
  const header = String(answer.headers["content-disposition"]);
  const match = /^attachment; filename="([^"]*)"; filename\*=UTF-8''(\S+)$/.exec(header);
  expect(match, header).not.toBeNull();
  return { ascii: match?.[1] ?? "", encoded: decodeURIComponent(match?.[2] ?? "") };
}

describe("hostile names and contents stay inert", () => {
  // As Chromium writes them: quotes, CR and LF percent-encoded; as other clients may: raw.
  const NAMES: [wire: string, shown: string][] = [
    ["<img src=x onerror=alert(1)>.txt", "<img src=x onerror=alert(1)>.txt"],
    // A slash ends a path segment, even inside what looks like markup.
    ["<script>alert(1)</script>.txt", "script>.txt"],
    ["../../etc/passwd.txt", "passwd.txt"],
    ["..\\..\\windows\\win.ini.txt", "win.ini.txt"],
    ["say %22hello%22; it's.txt", `say "hello"; it's.txt`],
    ["evil%0D%0AX-Injected: yes.txt", "evilX-Injected: yes.txt"],
    ["\u202Etxt.exe.txt", "txt.exe.txt"],
    ["...txt", "txt"],
  ];

  it("shows each name escaped in the report and never lets it shape a header", async () => {
    for (const [wire, shown] of NAMES) {
      const body = uploadBody({ filename: wire, content: SALTMARSH_EN });
      const view = await check(body);
      const escaped = shown
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;");
      if (shown === "txt") {
        expect(view.status).toBe(415);
        expect(view.text).toContain("txt is not a kind of file disclint reads");
        continue;
      }
      expect(view.status, wire).toBe(200);
      expect(view.text).toContain(`<h2>${escaped.replace(/'/g, "&#39;")}</h2>`);
      expect(view.text).not.toContain("<script>alert");
      expect(view.text).not.toContain("<img src=x");
      expect(view.text).not.toContain("etc/passwd");
      const json = await check(uploadBody({ filename: wire, content: SALTMARSH_EN }, { output: "json" }));
      expect(json.headers["x-injected"]).toBeUndefined();
      const names = dispositionOf(json);
      expect(names.ascii).toMatch(/^[A-Za-z0-9._() -]+$/);
      expect(names.encoded).toBe(shown.replace(/\.txt$/, ".disclint.json"));
      expect((expectValidReport(json.text) as { files: { path: string }[] }).files[0]?.path).toBe(shown);
    }
  });

  it("refuses a name that is only a path, without an extension disclint reads", async () => {
    const answer = await check(uploadBody({ filename: "../../etc/passwd", content: "root:x:0:0" }));
    expect(answer.status).toBe(415);
    expect(answer.text).toContain("passwd is not a kind of file disclint reads");
    expect(answer.text).not.toContain("root:x");
  });

  it("refuses a malformed upload with a page, not a crash", async () => {
    const raw = multipart([{ name: "draft", filename: 'broken"quote.txt', content: SALTMARSH_EN }]);
    const broken = await check(raw);
    expect(broken.status).toBe(400);
    expect(broken.text).toContain("could not be read as a form");
    const cut = await check(raw.subarray(0, raw.length - 20));
    expect(cut.status).toBe(400);
    expect(cut.text).toContain("could not be read as a form");
    const notForm = await send(server.origin, {
      path: withToken("/check", server.token),
      method: "POST",
      headers: { "Content-Type": "application/json" },
    });
    expect(notForm.status).toBe(415);
    expect((await page()).status).toBe(200);
  });

  it("says what a binary file renamed .txt really is, and checks none of it", async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const picture = await check(uploadBody({ filename: "board-photo.txt", content: png }));
    expect(picture.status).toBe(415);
    expect(picture.text).toContain("board-photo.txt is a PNG picture, not text");
    const pdf = await check(uploadBody({ filename: "notice.html", content: "%PDF-1.7\n1 0 obj\n" }));
    expect(pdf.text).toContain(
      "notice.html is a PDF document, not text, although its name ends in .html. Choose the original file, whose name ends in .pdf.",
    );
    // No signature to name: the text reader refuses the bytes, and the report says so.
    const noise = await check(
      uploadBody({ filename: "noise.txt", content: Uint8Array.from([0x00, 0xff, 0x13, 0x00, 0x9c]) }),
    );
    expect(noise.status).toBe(200);
    expect(noise.text).toContain("looks like a binary file");
    expect(noise.text).not.toContain('<li class="finding"');
    const copy = await check(
      uploadBody(
        { filename: "noise.docx", content: Uint8Array.from([0x00, 0xff, 0x13, 0x00, 0x9c]) },
        { output: "docx" },
      ),
    );
    expect(copy.status).toBe(422);
    expect(copy.headers["content-disposition"]).toBeUndefined();
  });
});

describe("the form", () => {
  it("turns each mistake into a sentence", async () => {
    const cases: [Record<string, string | string[]>, string][] = [
      [{ stockCode: "98A6" }, "The stock code is 1 to 5 digits"],
      [{ board: "growth" }, "The board is the Main Board or GEM"],
      [{ regime: ["none", "18A"] }, "cannot be ticked with a regime"],
      [{ regime: "18Z" }, "Choose the regimes among"],
      [{ asOf: "2026-02-30" }, "must be a real date"],
      [{ output: "pdf" }, "not one this page offers"],
    ];
    for (const [fields, sentence] of cases) {
      const answer = await check(uploadBody({ filename: "a.txt", content: SALTMARSH_EN }, fields));
      expect(answer.status, JSON.stringify(fields)).toBe(400);
      expect(answer.text).toContain(sentence.replace(/"/g, "&quot;"));
    }
    const nothing = await check(multipart([{ name: "draft", filename: "", content: "" }]));
    expect(nothing.status).toBe(400);
    expect(nothing.text).toContain("Choose a draft to check");
  });

  it("checks a Markdown draft like a text one, and refuses an empty file with a sentence", async () => {
    const markdown = await check(uploadBody({ filename: "saltmarsh.md", content: SALTMARSH_EN }));
    expect(markdown.status).toBe(200);
    expect(markdown.text).toContain("<h2>saltmarsh.md</h2>");
    expect(markdown.text).toContain('data-rule="hkex/placeholders"');
    const empty = await check(uploadBody({ filename: "blank.txt", content: "" }));
    expect(empty.status).toBe(422);
    expect(empty.text).toContain("blank.txt is empty: there is nothing in it to check.");
    expect(empty.text).not.toContain('data-rule="');
  });

  it("makes a Word copy only of a Word draft", async () => {
    const answer = await check(uploadBody({ filename: "a.txt", content: SALTMARSH_EN }, { output: "docx" }));
    expect(answer.status).toBe(400);
    expect(answer.text).toContain("made for Word drafts (.docx); a.txt is not one");
  });

  it("has no other address and no other method", async () => {
    expect((await send(server.origin, { path: withToken("/report", server.token) })).status).toBe(404);
    expect((await send(server.origin, { path: withToken("/check", server.token) })).status).toBe(405);
    expect((await send(server.origin, { path: withToken("/", server.token), method: "POST" })).status).toBe(
      405,
    );
  });
});

describe("every answer protects what it carries", () => {
  it("is never cached, never sniffed, and may be framed only by this server's page", async () => {
    const shell = await page();
    const report = await check(uploadBody({ filename: "a.txt", content: SALTMARSH_EN }));
    for (const answer of [shell, report]) {
      expect(answer.headers["cache-control"]).toBe("no-store");
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
      expect(String(answer.headers["content-security-policy"])).toMatch(/^default-src 'none'; /);
      expect(String(answer.headers["content-security-policy"])).not.toMatch(/https?:|\*|unsafe/);
    }
    expect(shell.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(report.headers["content-security-policy"]).toContain("frame-ancestors 'self'");
  });
});

describe("load and shutdown", () => {
  it("asks a further upload to wait while the allowed checks hold their files", async () => {
    const busy = await startWebServer({ cwd: process.cwd(), maxConcurrentChecks: 1 });
    const { port } = new URL(busy.origin);
    // An upload that has sent its headers and part of its body, and then waits.
    const socket = connect(Number(port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write(
      `POST ${withToken("/check", busy.token)} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000\r\n\r\n--x\r\n`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await send(busy.origin, {
      path: withToken("/check", busy.token),
      body: uploadBody({ filename: "a.txt", content: SALTMARSH_EN }),
    });
    expect(second.status).toBe(503);
    socket.destroy();
    await busy.close();
  });

  it("closes promptly with idle keep-alive connections open, and then refuses connections", async () => {
    const closing = await startWebServer({ cwd: process.cwd() });
    const { port } = new URL(closing.origin);
    const socket = connect(Number(port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write(
      `GET ${withToken("/", closing.token)} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: keep-alive\r\n\r\n`,
    );
    await new Promise((resolve) => socket.once("data", resolve));
    const started = Date.now();
    await closing.close();
    expect(Date.now() - started).toBeLessThan(2000);
    const refused = connect(Number(port), "127.0.0.1");
    const outcome = await new Promise((resolve) => {
      refused.once("connect", () => resolve("connected"));
      refused.once("error", (error: NodeJS.ErrnoException) => resolve(error.code));
    });
    expect(outcome).toBe("ECONNREFUSED");
    socket.destroy();
  });

  it("lets a check under way finish before closing", async () => {
    const closing = await startWebServer({ cwd: process.cwd(), today: () => TODAY });
    const pending = send(closing.origin, {
      path: withToken("/check", closing.token),
      body: uploadBody({ filename: "a.txt", content: SALTMARSH_EN }),
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const closed = closing.close();
    expect((await pending).status).toBe(200);
    await closed;
  });
});
