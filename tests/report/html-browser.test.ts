/**
 * The HTML report in a real browser: Debian's headless Chromium driven by playwright-core (no
 * browser download). Highlights sit on the finding spans, the severity and rule filters hide
 * and show panel items and marks, a panel link focuses its mark, and a fictional draft full of
 * script and HTML-injection payloads runs nothing under the page's Content-Security-Policy.
 * A screenshot is kept as artifacts/html-report.png.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckReport, FileResult } from "../../src/engine/types.js";
import { CHROMIUM, launchChromium } from "../helpers/chromium.js";
import { runCli } from "../helpers/run-cli.js";

const ARTIFACTS = join(import.meta.dirname, "..", "..", "artifacts");
const TODAY = "2026-11-25";

// Fictional issuer; each payload must stay text. The draft also has an error (two INEDs),
// warnings (placeholder, stock code) and infos, so every severity filter has something to hide.
const HOSTILE_EN = `Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement, make no representation as to its accuracy or completeness and expressly disclaim any liability whatsoever for any loss howsoever arising from or in reliance upon the whole or any part of the contents of this announcement.

Lumen Harbour Biotech Limited
<script>window.__pwned=1</script>
(Incorporated in the Cayman Islands with limited liability)
(Stock Code: 9876)

VOLUNTARY ANNOUNCEMENT
<img src=x onerror="window.__pwned=2"> UPDATE ON LHB-310

This announcement is made by Lumen Harbour Biotech Limited (the "Company") on a voluntary basis. The board of directors of the Company (the "Board") announces that on Tuesday, 17 March 2026 the first patient was dosed "><svg onload="window.__pwned=3"> in the trial of LHB-310. Details are at <a href="javascript:window.__pwned=4">this link</a> and the closing tag </script><script>window.__pwned=5</script> appears in the text.

The next data readout is expected on [●] 2026. Trading in the shares of the Company (stock code: 9867) will continue as usual.

By order of the Board
Lumen Harbour Biotech Limited
Dr. Ho Wing Sze
Chairman

Hong Kong, 18 March 2026

As at the date of this announcement, the Board comprises Dr. Ho Wing Sze and Mr. Leung Chi Fai as executive Directors; and Ms. Tsang Hoi Yan and Mr. Yip Ka Lok as independent non-executive Directors.
`;

const HOSTILE_ZH = `香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。

瑩港生物科技有限公司
（於開曼群島註冊成立的有限公司）
（股份代號：9876）

自願公告
<script>window.__pwned=6</script>

本公告由瑩港生物科技有限公司（「本公司」）自願作出。本公司董事會（「董事會」）宣佈，LHB-310的下一次數據讀出預期將於[●]公佈。

承董事會命
瑩港生物科技有限公司
主席
何詠詩博士

香港，2026年3月18日
`;

interface Observed {
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
}

let workDir = "";
let context: BrowserContext | undefined;
let page: Page;
let files: FileResult[] = [];
const observed: Observed = { consoleErrors: [], pageErrors: [], requests: [] };

/** The report through the CLI; its JSON output, run alongside, gives the findings to expect. */
async function writeReport(dir: string, inputs: Record<string, string>, out: string): Promise<FileResult[]> {
  const paths = Object.keys(inputs);
  const result = await runCli(["check", ...paths, "--format", `html:${out}`, "--format", "json"], {
    cwd: dir,
    today: TODAY,
  });
  expect(result.stderr).toBe("");
  const report = JSON.parse(result.stdout) as CheckReport;
  return report.files.map((file) => ({ ...file, checkedText: inputs[resolve(dir, file.path)] ?? "" }));
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the HTML report is tested in Debian's Chromium ` +
        "(apt-get install -y --no-install-recommends chromium fonts-noto-cjk)",
    );
  }
  workDir = mkdtempSync(join(tmpdir(), "disclint-html-"));
  const en = join(workDir, "lumen-harbour-en.txt");
  const zh = join(workDir, "lumen-harbour-zh.txt");
  writeFileSync(en, HOSTILE_EN);
  writeFileSync(zh, HOSTILE_ZH);
  const out = join(workDir, "report.html");
  files = await writeReport(workDir, { [en]: HOSTILE_EN, [zh]: HOSTILE_ZH }, out);

  context = await launchChromium(workDir);
  page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (message) => {
    if (message.type() === "error") observed.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => observed.pageErrors.push(error.message));
  page.on("request", (request) => observed.requests.push(request.url()));
  await page.goto(pathToFileURL(out).href);
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Evaluates browser code given as text (this project type-checks without the DOM library). */
function inPage(expression: string): Promise<unknown> {
  return page.evaluate(expression);
}

async function visibleItems(): Promise<{ sev: string; rule: string }[]> {
  return page.$$eval("li.finding:not([hidden])", (items) =>
    items.map((item) => ({
      sev: item.getAttribute("data-sev") ?? "",
      rule: item.getAttribute("data-rule") ?? "",
    })),
  );
}

/** Marks by finding number and whether each is highlighted (not switched off by a filter). */
async function markStates(): Promise<
  { f: string; sev: string; rule: string; on: boolean; background: string }[]
> {
  return page.$$eval("mark[data-f]", (marks) =>
    marks.map((mark) => ({
      f: mark.getAttribute("data-f") ?? "",
      sev: mark.getAttribute("data-sev") ?? "",
      rule: mark.getAttribute("data-rule") ?? "",
      on: !mark.classList.contains("off"),
      background: mark.ownerDocument.defaultView?.getComputedStyle(mark).backgroundColor,
    })),
  );
}

const TRANSPARENT = "rgba(0, 0, 0, 0)";

describe("html report in Chromium", () => {
  it("marks every finding at its span", async () => {
    const findings = files.flatMap((file) =>
      file.findings.map((finding) => ({ finding, text: file.checkedText ?? "" })),
    );
    expect(findings.length).toBeGreaterThan(8);
    for (const [number, { finding, text }] of findings.entries()) {
      const marked = await page.$$eval(`mark[data-f="${number}"]`, (marks) =>
        marks.map((mark) => mark.textContent).join(""),
      );
      expect(marked, finding.ruleId).toBe(text.slice(finding.span.start.offset, finding.span.end.offset));
      expect(await page.locator(`#f-${number}`).count()).toBe(1);
    }
    const placeholders = await page.$$eval('mark[data-rule="hkex/placeholders"]', (marks) =>
      marks.map((mark) => [
        mark.textContent,
        mark.ownerDocument.defaultView?.getComputedStyle(mark).backgroundColor,
      ]),
    );
    expect(placeholders).toHaveLength(2);
    for (const [text, background] of placeholders) {
      expect(text).toBe("[●]");
      expect(background).not.toBe(TRANSPARENT);
    }
    expect(await page.locator("table tbody tr.status-fail").count()).toBeGreaterThan(0);
  });

  it("shows the hostile draft as text and runs none of its payloads", async () => {
    expect(await inPage("window.__pwned")).toBeUndefined();
    const shown = await page.$$eval("pre.document", (pres) => pres.map((pre) => pre.textContent));
    expect(shown).toEqual([HOSTILE_EN, HOSTILE_ZH]);
    expect(await page.locator("main img, main svg, main iframe, pre script, pre a").count()).toBe(0);
    expect(await page.locator("a[href^='javascript' i]").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1);
    expect(await inPage("window.__violations")).toEqual([]);
    expect(observed.consoleErrors).toEqual([]);
    expect(observed.pageErrors).toEqual([]);
    expect(observed.requests.every((url) => url.startsWith("file://") && url.endsWith("/report.html"))).toBe(
      true,
    );
  });

  it("enforces its Content-Security-Policy on script added later", async () => {
    const ran = await inPage(`(() => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = 1;";
      document.body.append(script);
      return window.__injected;
    })()`);
    expect(ran).toBeUndefined();
    await expect.poll(() => inPage("window.__violations.length")).toBeGreaterThan(0);
  });

  it("hides and shows warnings, in the panel and in the text", async () => {
    const warning = page.locator('#filters input[name=severity][value="warning"]');
    await warning.uncheck();
    const items = await visibleItems();
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((item) => item.sev === "warning")).toBe(false);
    expect(items.some((item) => item.sev === "error")).toBe(true);
    for (const mark of await markStates()) {
      expect(mark.on, `mark ${mark.f}`).toBe(mark.sev !== "warning");
      if (mark.sev === "warning") expect(mark.background).toBe(TRANSPARENT);
    }
    await warning.check();
    expect((await visibleItems()).some((item) => item.sev === "warning")).toBe(true);
    expect((await markStates()).every((mark) => mark.on)).toBe(true);
  });

  it("shows one rule's findings when it is selected", async () => {
    await page.selectOption("#rule-filter", "hkex/placeholders");
    const items = await visibleItems();
    expect(items).toHaveLength(2);
    expect(items.every((item) => item.rule === "hkex/placeholders")).toBe(true);
    for (const mark of await markStates()) expect(mark.on).toBe(mark.rule === "hkex/placeholders");
    expect(await page.locator("#shown-count").textContent()).toMatch(/^2 of \d+ findings shown$/);
    await page.selectOption("#rule-filter", "");
    expect((await markStates()).every((mark) => mark.on)).toBe(true);
  });

  it("scrolls to and focuses a finding's mark when its panel item is clicked", async () => {
    await inPage("window.scrollTo(0, 0)");
    const item = page.locator('li.finding[data-rule="hkex/placeholders"]').last();
    const number = await item.getAttribute("data-f");
    await item.locator("a.goto").click();
    expect(await inPage("document.activeElement?.id")).toBe(`f-${number}`);
    // The page's script (not only the link's fragment) handled the click: the mark is outlined.
    expect(await page.$$eval("mark.current", (marks) => marks.map((mark) => mark.id))).toEqual([
      `f-${number}`,
    ]);
    const inView = await page.$eval(`#f-${number}`, (mark) => {
      const box = mark.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= (mark.ownerDocument.defaultView?.innerHeight ?? 0);
    });
    expect(inView).toBe(true);
    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, "html-report.png");
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  });
});
