/**
 * `disclint serve` as a reviewer uses it, in Debian's headless Chromium driven by playwright-core
 * (no browser download): the server runs in-process on a free port; drafts are chosen and
 * dropped on the page; the findings are marked where the defects were planted; the severity
 * filter and the checklist work in the page; the Word copy, SARIF and JSON downloads are read
 * back; nothing on any page runs the drafts' script or fetches anything. A screenshot of the page
 * with findings is kept as artifacts/web-app.png.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Download, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDocxSource } from "../../src/document/read-docx.js";
import type { CheckReport, Finding } from "../../src/engine/types.js";
import { startWebServer, type WebServer } from "../../src/web/server.js";
import { readComments } from "../annotate/helpers/read-comments.js";
import { CHROMIUM, launchChromium } from "../helpers/chromium.js";
import { expectValidReport } from "../helpers/report-schema.js";
import { HOSTILE_HTML, kestrelDraft, PLANTED, SALTMARSH_EN, SALTMARSH_ZH } from "./drafts.js";

const ARTIFACTS = join(import.meta.dirname, "..", "..", "artifacts");
const TODAY = "2026-11-25";

let workDir = "";
let server: WebServer;
let context: BrowserContext | undefined;
let page: Page;
let kestrel: Uint8Array;
const requests: string[] = [];
const pageErrors: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    // Never skipped: .ci/run installs Chromium, and a web app untested in a browser is not done.
    throw new Error(
      `${CHROMIUM} is missing: the web app is tested in Debian's Chromium ` +
        "(apt-get install -y --no-install-recommends chromium fonts-noto-cjk)" +
        (process.env.CI === "true" ? " (CI=true: this is a failure, not a skip)" : ""),
    );
  }
  kestrel = await kestrelDraft();
  server = await startWebServer({ cwd: process.cwd(), today: () => TODAY });
  workDir = mkdtempSync(join(tmpdir(), "disclint-web-"));
  context = await launchChromium(workDir, { acceptDownloads: true });
  context.on("request", (request) => requests.push(request.url()));
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  await page.goto(server.url);
}, 60_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const report = (): FrameLocator => page.frameLocator("#result");

/** Chooses files as the file dialog would; choosing the draft checks it at once. */
async function choose(name: string, content: string | Uint8Array, mimeType = "text/plain"): Promise<void> {
  await page.setInputFiles("#draft", { name, mimeType, buffer: Buffer.from(content) });
  await report().locator(`section.file h2:text-is("${name}")`).waitFor();
}

async function download(button: string): Promise<{ file: Download; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { file, body: Buffer.concat(chunks) };
}

/** Where a mark starts in its document's text: the length of the text before it. */
async function markOffset(selector: string): Promise<number> {
  return report()
    .locator(selector)
    .first()
    .evaluate((mark) => {
      const pre = mark.closest("pre");
      const range = mark.ownerDocument.createRange();
      if (pre) range.setStart(pre, 0);
      range.setEndBefore(mark);
      return range.toString().length;
    });
}

async function markText(selector: string): Promise<string> {
  return (await report().locator(selector).first().textContent()) ?? "";
}

describe("disclint serve in Chromium", () => {
  it("checks a chosen text draft and marks each planted defect where it stands", async () => {
    await choose("saltmarsh-announcement.txt", SALTMARSH_EN);
    expect(await report().locator("pre.document").textContent()).toBe(SALTMARSH_EN);
    const weekday = 'mark[id][data-rule="hkex/weekday-date"]';
    expect(await markText(weekday)).toBe(PLANTED.weekday);
    expect(await markOffset(weekday)).toBe(SALTMARSH_EN.indexOf(PLANTED.weekday));
    const placeholder = 'mark[id][data-rule="hkex/placeholders"]';
    expect(await markText(placeholder)).toBe(PLANTED.placeholder);
    expect(await markOffset(placeholder)).toBe(SALTMARSH_EN.indexOf(PLANTED.placeholder));
    const code = 'mark[id][data-rule="hkex/stock-code-consistent"]';
    const codeAt = await markOffset(code);
    const wrongAt = SALTMARSH_EN.indexOf(PLANTED.wrongCode);
    expect(codeAt).toBeLessThanOrEqual(wrongAt);
    expect(codeAt + (await markText(code)).length).toBeGreaterThanOrEqual(wrongAt + PLANTED.wrongCode.length);
    // The INED shortfall is an error, marked on the board paragraph.
    const ined = 'mark[id][data-rule="hkex/ined-min-three"]';
    expect(await report().locator(ined).getAttribute("data-sev")).toBe("error");
    const boardAt = SALTMARSH_EN.indexOf(PLANTED.boardParagraph);
    expect(await markOffset(ined)).toBeGreaterThanOrEqual(boardAt);
    expect(await markOffset(ined)).toBeLessThan(SALTMARSH_EN.length);
  });

  it("hides and shows warnings with the severity filter, in the list and in the text", async () => {
    const frame = report();
    const shown = () => frame.locator("li.finding:not([hidden])");
    const before = await shown().count();
    await frame.locator('#filters input[name=severity][value="warning"]').uncheck();
    expect(await frame.locator('li.finding[data-sev="warning"]:not([hidden])').count()).toBe(0);
    expect(await frame.locator('li.finding[data-sev="error"]:not([hidden])').count()).toBe(1);
    const warningMarks = await frame
      .locator('mark[data-sev="warning"]')
      .evaluateAll((marks) => marks.map((mark) => mark.classList.contains("off")));
    expect(warningMarks.length).toBeGreaterThanOrEqual(3);
    expect(warningMarks.every(Boolean)).toBe(true);
    expect(await frame.locator('mark[data-sev="error"].off').count()).toBe(0);
    await frame.locator('#filters input[name=severity][value="warning"]').check();
    expect(await shown().count()).toBe(before);
  });

  it("shows the checklist, with the planted defects failing", async () => {
    const checklist = report().locator("details.checklist");
    await checklist.locator("summary").click();
    expect(await checklist.evaluate((details) => (details as unknown as { open: boolean }).open)).toBe(false);
    await checklist.locator("summary").click();
    expect(await checklist.locator("tbody").isVisible()).toBe(true);
    const failing = await checklist
      .locator("tr.status-fail td:first-child code")
      .evaluateAll((cells) => cells.map((cell) => cell.textContent));
    expect(failing).toEqual(
      expect.arrayContaining([
        "hkex/weekday-date",
        "hkex/placeholders",
        "hkex/stock-code-consistent",
        "hkex/ined-min-three",
      ]),
    );
    expect(await checklist.locator("tr.status-pass").count()).toBeGreaterThan(10);
  });

  it("downloads JSON and SARIF reports of the draft on the page, named after it", async () => {
    const json = await download("#get-json");
    expect(json.file.suggestedFilename()).toBe("saltmarsh-announcement.disclint.json");
    const checked = expectValidReport(json.body.toString("utf8")) as CheckReport;
    const findings = checked.files[0]?.findings ?? [];
    expect(checked.files.map((file) => file.path)).toEqual(["saltmarsh-announcement.txt"]);
    // Every finding of the JSON report is marked in the page on exactly its span.
    const text = (await report().locator("pre.document").textContent()) ?? "";
    const pageRules: string[] = [];
    for (const [number, finding] of findings.entries()) {
      const marked = await report()
        .locator(`mark[data-f="${number}"]`)
        .evaluateAll((marks) => marks.map((mark) => mark.textContent).join(""));
      expect(marked, finding.ruleId).toBe(text.slice(finding.span.start.offset, finding.span.end.offset));
      pageRules.push((await report().locator(`#f-${number}`).getAttribute("data-rule")) ?? "");
    }
    expect(pageRules).toEqual(findings.map((finding) => finding.ruleId));

    const sarif = await download("#get-sarif");
    expect(sarif.file.suggestedFilename()).toBe("saltmarsh-announcement.sarif");
    const log = JSON.parse(sarif.body.toString("utf8")) as {
      version: string;
      runs: {
        results: { ruleId: string; locations: { physicalLocation: { region: { charOffset: number } } }[] }[];
      }[];
    };
    expect(log.version).toBe("2.1.0");
    const results = log.runs[0]?.results ?? [];
    expect(results.map((result) => result.ruleId)).toEqual(findings.map((finding) => finding.ruleId));
    expect(results.map((result) => result.locations[0]?.physicalLocation.region.charOffset)).toEqual(
      findings.map((finding) => finding.span.start.offset),
    );
  });

  it("takes what the reviewer states about the issuer: no special regime decides the 18A rules", async () => {
    const notChecked = () => report().locator('li.finding[data-rule="hkex/18a-cautionary"]');
    expect(await notChecked().count()).toBe(1);
    await page.click("details.options summary");
    await page.fill('input[name="stockCode"]', "6573");
    await page.check('input[name="regime"][value="none"]');
    await Promise.all([page.waitForEvent("framenavigated"), page.click("#check")]);
    await report().locator("pre.document").waitFor();
    expect(await notChecked().count()).toBe(0);
    expect(await report().locator('mark[data-rule="hkex/placeholders"]').count()).toBe(1);
    await page.uncheck('input[name="regime"][value="none"]');
  });

  it("checks a dropped Word draft, and gives back a copy with each finding as a comment on its words", async () => {
    // The page's DataTransfer, holding the Word draft as a dragged file would (built in the page:
    // this project type-checks without the DOM library).
    const dropped = await page.evaluateHandle(`(() => {
      const bytes = Uint8Array.from(atob("${Buffer.from(kestrel).toString("base64")}"), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], "kestrel-ridge.docx", {
        type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      }));
      return transfer;
    })()`);
    await page.dispatchEvent("#drop", "drop", { dataTransfer: dropped });
    await report().locator('section.file h2:text-is("kestrel-ridge.docx")').waitFor();
    const source = await readDocxSource("kestrel-ridge.docx", kestrel);
    const text = (await report().locator("pre.document").textContent()) ?? "";
    expect(text).toBe(source.text);
    const placeholder = 'mark[id][data-rule="hkex/placeholders"]';
    expect(await markOffset(placeholder)).toBe(source.text.indexOf(PLANTED.placeholder));
    expect(await markText('mark[id][data-rule="hkex/weekday-date"]')).toBe(PLANTED.weekday);

    const json = await download("#get-json");
    const findings: Finding[] =
      (JSON.parse(json.body.toString("utf8")) as CheckReport).files[0]?.findings ?? [];
    const copy = await download("#get-docx");
    expect(copy.file.suggestedFilename()).toBe("kestrel-ridge-reviewed.docx");
    const comments = await readComments(new Uint8Array(copy.body));
    expect(comments).toHaveLength(findings.length);
    for (const comment of comments) {
      expect(comment.author).toBe("disclint");
      expect(comment.complete).toBe(true);
    }
    const on = (ruleId: string) => comments.find((comment) => comment.text.includes(ruleId));
    expect(on("hkex/placeholders")?.range).toBe(PLANTED.placeholder);
    expect(on("hkex/weekday-date")?.range).toBe(PLANTED.weekday);
    expect(on("hkex/ined-min-three")?.range).toContain(PLANTED.boardParagraph);
    // The copy is still the draft: the same text for the reader.
    expect((await readDocxSource("copy.docx", new Uint8Array(copy.body))).text).toBe(source.text);
  });

  it("compares a draft with its other language version", async () => {
    await page.click("details.options summary");
    await page.setInputFiles("#other", {
      name: "saltmarsh-announcement-zh.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(SALTMARSH_ZH),
    });
    await choose("saltmarsh-announcement.txt", SALTMARSH_EN);
    const headings = await report().locator("section.file h2").allTextContents();
    expect(headings).toEqual(["saltmarsh-announcement.txt", "saltmarsh-announcement-zh.txt"]);
    expect(await report().locator("pre.document").allTextContents()).toEqual([SALTMARSH_EN, SALTMARSH_ZH]);
    await page.setInputFiles("#other", []);
  });

  it("shows an HTML draft as text and runs none of its script", async () => {
    await choose("hostile.html", HOSTILE_HTML, "text/html");
    const shown = (await report().locator("pre.document").textContent()) ?? "";
    expect(shown).toContain('<img src=x onerror="window.__pwned=2">');
    expect(shown).toContain("<script>window.__pwned=3</script>");
    expect(await report().locator("main img, main svg, main iframe, pre script, pre a").count()).toBe(0);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(await frame?.evaluate("window.__pwned")).toBeUndefined();
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
  });

  it("explains a refusal in the page, and a file over the limit is stopped before it is sent", async () => {
    await choose("saltmarsh-announcement.txt", SALTMARSH_EN);
    await page.setInputFiles("#draft", {
      name: "minutes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n", "latin1"),
    });
    await report().locator("h1:text-is('Nothing was checked')").waitFor();
    expect(await report().locator("p").textContent()).toContain("minutes.txt is a PDF document");
    const before = requests.length;
    await page.evaluate(`(() => {
      const input = document.getElementById("draft");
      const transfer = new DataTransfer();
      transfer.items.add(new File([], "empty.txt"));
      Object.defineProperty(transfer.files[0], "size", { value: 60 * 1024 * 1024 });
      input.files = transfer.files;
      input.dispatchEvent(new Event("change"));
    })()`);
    expect(await page.locator("#status").textContent()).toMatch(
      /^empty\.txt is 60\.0 MB, over the 50\.0 MB limit\.$/,
    );
    expect(requests.slice(before)).toEqual([]);
  });

  it("fetched nothing but its own pages, and broke no policy", async () => {
    expect(requests.length).toBeGreaterThan(5);
    for (const url of requests) expect(url.startsWith(`${server.origin}/`), url).toBe(true);
    expect(requests.every((url) => new URL(url).searchParams.get("token") === server.token)).toBe(true);
    expect(await page.evaluate("window.__violations")).toEqual([]);
    expect(pageErrors).toEqual([]);
    // Chromium logs the refusal of the renamed PDF (415); nothing else went wrong.
    expect(consoleErrors).toEqual([
      "Failed to load resource: the server responded with a status of 415 (Unsupported Media Type)",
    ]);
  });

  it("keeps a screenshot of the page with findings", async () => {
    await choose("saltmarsh-announcement.txt", SALTMARSH_EN);
    await report().locator('li.finding[data-rule="hkex/placeholders"] a.goto').click();
    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, "web-app.png");
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  });
});
