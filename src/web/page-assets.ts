/**
 * The upload page's only style sheet and only script, and the message page's style sheet.
 * All are constants, never built from requests or documents, so each page's
 * Content-Security-Policy allows exactly these by hash, as the HTML report does for its own.
 */
import { createHash } from "node:crypto";

export const PAGE_STYLE = `
:root { font-family: system-ui, "Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif;
  color: #1d1d1f; --accent: #1f5fbf; }
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; }
.upload { padding: 0.6rem 1.25rem 0.4rem; background: #f4f6fa; border-bottom: 1px solid #ccd; }
.row { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
h1 { font-size: 1.15rem; margin: 0; }
.drop { flex: 1 1 24rem; border: 2px dashed #99a; border-radius: 6px; padding: 0.5rem 0.8rem; background: #fff;
  display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: center; }
.drop.over { border-color: var(--accent); background: #e8f0ff; }
.drop label { font-weight: 600; }
.chosen { color: #444; overflow-wrap: anywhere; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
button { font: inherit; padding: 0.3rem 0.8rem; border-radius: 4px; border: 1px solid #889; background: #fff; cursor: pointer; }
button#check { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
button:disabled { opacity: 0.45; cursor: default; }
.options { margin-top: 0.4rem; font-size: 0.9rem; }
.options[open] .fields { display: flex; flex-wrap: wrap; gap: 0.8rem 1.4rem; align-items: center; padding: 0.4rem 0; }
fieldset { border: 0; padding: 0; margin: 0; display: inline-flex; gap: 0.6rem; align-items: center; }
legend { float: left; margin-right: 0.4rem; padding: 0; }
.status { margin: 0.3rem 0 0; font-size: 0.88rem; color: #444; min-height: 1.2em; }
.status.problem { color: #c62828; font-weight: 600; }
.placeholder { padding: 2rem 1.25rem; color: #555; max-width: 46rem; line-height: 1.5; }
iframe { flex: 1; width: 100%; border: 0; }
`;

/**
 * Dropping or choosing a draft checks it at once; a second dropped file is the other language
 * version. Files over the server's limit are refused here before they are sent (the server
 * refuses them too). Names are shown with textContent, never parsed as markup.
 */
export const PAGE_SCRIPT = `
(function () {
  "use strict";
  var form = document.getElementById("upload");
  var draft = document.getElementById("draft");
  var other = document.getElementById("other");
  var drop = document.getElementById("drop");
  var chosen = document.getElementById("chosen");
  var status = document.getElementById("status");
  var frame = document.getElementById("result");
  var placeholder = document.getElementById("placeholder");
  var check = document.getElementById("check");
  var wordCopy = document.getElementById("get-docx");
  var downloads = document.querySelectorAll("button.download");
  var maxBytes = Number(form.getAttribute("data-max-bytes"));
  function megabytes(size) { return (size / 1048576).toFixed(1) + " MB"; }
  function sizeOf(size) { return size < 1048576 ? Math.max(1, Math.round(size / 1024)) + " KB" : megabytes(size); }
  function first(input) { return input.files && input.files.length > 0 ? input.files[0] : null; }
  function say(text, problem) { status.textContent = text; status.classList.toggle("problem", !!problem); }
  function update() {
    var file = first(draft);
    chosen.textContent = file ? file.name + " (" + sizeOf(file.size) + ")" : "No draft chosen yet.";
    downloads.forEach(function (button) { button.disabled = !file; });
    wordCopy.disabled = !file || !/\\.docx$/i.test(file.name);
  }
  function put(input, file) {
    var transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
  }
  form.addEventListener("submit", function (event) {
    var file = first(draft);
    if (!file) { event.preventDefault(); say("Choose a draft first.", true); return; }
    var large = [file, first(other)].filter(function (f) { return f && f.size > maxBytes; })[0];
    if (large) {
      event.preventDefault();
      say(large.name + " is " + megabytes(large.size) + ", over the " + megabytes(maxBytes) + " limit.", true);
      return;
    }
    placeholder.hidden = true;
    frame.hidden = false;
    var asked = event.submitter ? event.submitter.value : "report";
    say(asked === "report" ? "Checking " + file.name + "\\u2026" : "Preparing the download\\u2026", false);
    if (asked !== "report") setTimeout(function () { say("", false); }, 4000);
  });
  frame.addEventListener("load", function () { say("", false); });
  draft.addEventListener("change", function () { update(); if (first(draft)) form.requestSubmit(check); });
  other.addEventListener("change", function () { if (first(draft)) form.requestSubmit(check); });
  drop.addEventListener("dragover", function (event) { event.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
  drop.addEventListener("drop", function (event) {
    event.preventDefault();
    drop.classList.remove("over");
    var files = event.dataTransfer ? event.dataTransfer.files : null;
    if (!files || files.length === 0) return;
    put(draft, files[0]);
    if (files.length > 1) put(other, files[1]);
    update();
    form.requestSubmit(check);
  });
  update();
})();
`;

export const MESSAGE_STYLE = `
:root { font-family: system-ui, "Noto Sans CJK TC", "Noto Sans TC", sans-serif; color: #1d1d1f; }
body { margin: 0; padding: 1.5rem 1.25rem; max-width: 46rem; line-height: 1.5; }
h1 { font-size: 1.1rem; color: #c62828; margin: 0 0 0.6rem; }
p { overflow-wrap: anywhere; }
`;

export function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}
