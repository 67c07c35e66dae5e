/**
 * The HTML report's only style sheet and only script. Both are constants, never built from
 * report data, so the page's Content-Security-Policy can allow exactly these by hash.
 */

export const REPORT_STYLE = `
:root { --error: #fbd0d0; --error-line: #c62828; --warning: #ffe9a8; --warning-line: #b26a00;
  --info: #d3e6ff; --info-line: #1f5fbf; font-family: system-ui, "Noto Sans CJK TC", "Noto Sans TC",
  "PingFang TC", "Microsoft JhengHei", sans-serif; color: #1d1d1f; }
body { margin: 0; }
header { padding: 0.75rem 1.25rem; border-bottom: 1px solid #ddd; background: #fafafa;
  position: sticky; top: 0; z-index: 2; }
header h1 { font-size: 1.1rem; margin: 0 0 0.4rem; }
.filters { display: flex; flex-wrap: wrap; gap: 0.9rem; align-items: center; font-size: 0.9rem; }
.file { padding: 0 1.25rem 1.5rem; border-bottom: 2px solid #ccc; }
.file h2 { font-size: 1rem; font-family: ui-monospace, monospace; }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1.25rem; align-items: start; }
.document { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.95rem; line-height: 1.6;
  border: 1px solid #ddd; padding: 1rem; background: #fff; margin: 0;
  font-family: ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono CJK TC", "Noto Sans CJK TC", monospace; }
.panel { position: sticky; top: 6rem; max-height: calc(100vh - 7rem); overflow: auto; font-size: 0.88rem; }
mark { background: transparent; color: inherit; border-bottom: 2px solid transparent; scroll-margin: 8rem; }
mark.sev-error { background: var(--error); border-color: var(--error-line); }
mark.sev-warning { background: var(--warning); border-color: var(--warning-line); }
mark.sev-info { background: var(--info); border-color: var(--info-line); }
mark.off { background: transparent; border-color: transparent; }
mark.gap::before { content: "\\25B2"; font-size: 0.75em; padding: 0 0.1em; }
mark.gap.sev-error::before { color: var(--error-line); }
mark.gap.sev-warning::before { color: var(--warning-line); }
mark.gap.sev-info::before { color: var(--info-line); }
mark.gap.off::before { content: none; }
mark:focus, mark.current { outline: 3px solid #222; outline-offset: 1px; }
.findings { padding-left: 1.4rem; margin: 0; }
.finding { margin-bottom: 0.7rem; }
.finding p { margin: 0.15rem 0; }
.sev { font-weight: 600; padding: 0 0.3em; border-radius: 3px; }
.sev.sev-error { background: var(--error); } .sev.sev-warning { background: var(--warning); }
.sev.sev-info { background: var(--info); }
.badge { font-size: 0.8em; background: #eee; border-radius: 3px; padding: 0 0.3em; }
.url, .evidence { color: #555; }
del { background: #fdd; } ins { background: #dfd; }
table { border-collapse: collapse; font-size: 0.85rem; margin-top: 0.5rem; }
th, td { border: 1px solid #ddd; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
.status-fail .status { color: var(--error-line); font-weight: 600; }
.status-pass .status { color: #2e7d32; } .status-needs-review .status { color: var(--warning-line); }
.file-errors { color: var(--error-line); }
@media (max-width: 60rem) { .columns { grid-template-columns: 1fr; } .panel { position: static; max-height: none; } }
`;

/**
 * Filters hide panel items (the hidden attribute) and unmark highlights (class "off"); a
 * panel link scrolls to its mark and focuses it. No document text is ever parsed as markup.
 */
export const REPORT_SCRIPT = `
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var select = document.getElementById("rule-filter");
  var count = document.getElementById("shown-count");
  if (!form || !select) return;
  function wanted() {
    var severities = {};
    form.querySelectorAll("input[name=severity]").forEach(function (box) { severities[box.value] = box.checked; });
    var suppressed = form.querySelector("input[name=suppressed]");
    return { severities: severities, suppressed: !!(suppressed && suppressed.checked), rule: select.value };
  }
  function visible(element, want) {
    return want.severities[element.getAttribute("data-sev")] === true &&
      (want.rule === "" || element.getAttribute("data-rule") === want.rule) &&
      (want.suppressed || !element.hasAttribute("data-suppressed"));
  }
  function apply() {
    var want = wanted();
    document.querySelectorAll("mark[data-f]").forEach(function (mark) { mark.classList.toggle("off", !visible(mark, want)); });
    var shown = 0;
    var items = document.querySelectorAll("li.finding");
    items.forEach(function (item) { item.hidden = !visible(item, want); if (!item.hidden) shown++; });
    if (count) count.textContent = shown + " of " + items.length + " findings shown";
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a.goto") : null;
    if (!link) return;
    var mark = document.getElementById((link.getAttribute("href") || "").slice(1));
    if (!mark) return;
    event.preventDefault();
    document.querySelectorAll("mark.current").forEach(function (other) { other.classList.remove("current"); });
    mark.classList.add("current");
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
  });
  apply();
})();
`;
