/**
 * The pages `disclint serve` writes itself: the upload page (a form above a frame that shows the
 * HTML report, src/report/html.ts, as it is) and the page that says why an upload was refused.
 * Each comes with its Content-Security-Policy: only its own style sheet and script, by hash;
 * nothing fetched from anywhere, not even from this server, except the frame's report.
 */

import { formatBytes } from "../document/reader-limits.js";
import { REGIMES } from "../domain/issuer.js";
import { contentSecurityPolicy as reportPolicy } from "../report/html.js";
import { escapeHtml } from "../report/html-escape.js";
import { MESSAGE_STYLE, PAGE_SCRIPT, PAGE_STYLE, sha256Source } from "./page-assets.js";

/** Where the report is shown: the frame runs its own script on its own page and nothing else. */
const FRAME_SANDBOX = "allow-scripts allow-downloads allow-popups allow-popups-to-escape-sandbox";

export interface PageSettings {
  token: string;
  maxInputBytes: number;
}

export function uploadPage({ token, maxInputBytes }: PageSettings): string {
  const action = `/check?token=${encodeURIComponent(token)}`;
  const accept = ".docx,.pdf,.txt,.html,.htm,.md";
  return [
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    "<title>disclint — check a draft announcement</title>",
    `<style>${PAGE_STYLE}</style>`,
    "</head><body>",
    `<form id="upload" class="upload" method="post" action="${escapeHtml(action)}" enctype="multipart/form-data" target="result" data-max-bytes="${maxInputBytes}">`,
    '<div class="row"><h1>disclint</h1>',
    '<div id="drop" class="drop"><label for="draft">Drop a draft here, or choose one:</label>',
    `<input id="draft" name="draft" type="file" accept="${accept}"><span id="chosen" class="chosen"></span></div>`,
    '<div class="actions"><button id="check" type="submit" name="output" value="report">Check</button>',
    '<span>Download:</span><button id="get-docx" class="download" type="submit" name="output" value="docx">Word copy with comments</button>',
    '<button id="get-sarif" class="download" type="submit" name="output" value="sarif">SARIF</button>',
    '<button id="get-json" class="download" type="submit" name="output" value="json">JSON</button></div></div>',
    optionFields(accept),
    `<p id="status" class="status" role="status"></p>`,
    "</form>",
    `<div id="placeholder" class="placeholder"><p>Drop a draft announcement (.docx, .pdf, .txt, .html or .md, up to ${escapeHtml(formatBytes(maxInputBytes))}) on the box above to see its findings in place, with the checklist of requirements.</p>`,
    "<p>The draft is checked on this computer: nothing is sent elsewhere, and nothing is kept once the answer is shown. Word drafts can be downloaded again with each finding as a review comment.</p></div>",
    `<iframe id="result" name="result" title="Findings" sandbox="${FRAME_SANDBOX}" hidden></iframe>`,
    `<script>${PAGE_SCRIPT}</script>`,
    "</body></html>",
    "",
  ].join("\n");
}

/** What the user may state; each field means what the CLI option of the same name does. */
function optionFields(accept: string): string {
  const regimes = REGIMES.map(
    (regime) => `<label><input type="checkbox" name="regime" value="${regime}"> ${regime}</label>`,
  ).join("");
  return [
    '<details class="options"><summary>Issuer, other language version, date (optional)</summary><div class="fields">',
    '<label>Stock code <input name="stockCode" inputmode="numeric" pattern="[0-9]{1,5}" maxlength="5" size="6"></label>',
    '<label>Board <select name="board"><option value="">as the draft or registry says</option><option value="main">Main Board</option><option value="gem">GEM</option></select></label>',
    `<fieldset><legend>Special regimes</legend>${regimes}<label><input type="checkbox" name="regime" value="none"> none of these</label></fieldset>`,
    '<label>Judge as of <input type="date" name="asOf"></label>',
    `<label>Other language version <input id="other" name="other" type="file" accept="${accept}"></label>`,
    "</div></details>",
  ].join("");
}

export function uploadPagePolicy(): string {
  return [
    "default-src 'none'",
    `style-src ${sha256Source(PAGE_STYLE)}`,
    `script-src ${sha256Source(PAGE_SCRIPT)}`,
    "img-src data:",
    "frame-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The HTML report's own policy, and it may be shown only in this server's upload page. */
export function reportPagePolicy(): string {
  return `${reportPolicy()}; frame-ancestors 'self'`;
}

/** Why an upload was refused or could not be checked, in the frame where the report would be. */
export function messagePage(title: string, message: string): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${MESSAGE_STYLE}</style>`,
    "</head><body>",
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(message)}</p>`,
    "</body></html>",
    "",
  ].join("\n");
}

export function messagePagePolicy(): string {
  return [
    "default-src 'none'",
    `style-src ${sha256Source(MESSAGE_STYLE)}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join("; ");
}
