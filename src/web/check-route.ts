/**
 * POST /check: the upload in, and back the report page or the download asked for. Every file
 * of the upload lives in this request's memory and is gone when the answer has been sent; a
 * download sends the files again (the page keeps them), so the server holds nothing between
 * requests.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { formatBytes } from "../document/reader-limits.js";
import type { CheckReport } from "../engine/types.js";
import { htmlReporter } from "../report/html.js";
import { jsonReporter } from "../report/json.js";
import { sarifReporter } from "../report/sarif.js";
import { type CheckLimits, checkUpload, refusalOf } from "./check-upload.js";
import { downloadName, extensionOf } from "./file-names.js";
import { reportPagePolicy } from "./pages.js";
import { sendAttachment, sendMessage, sendPage } from "./responses.js";
import { readBody } from "./upload-body.js";
import { readUploadForm, type Upload } from "./upload-form.js";

export interface CheckRouteSettings {
  limits: CheckLimits;
  /** Report paths (and SARIF's %SRCROOT%) are relative to this directory. */
  cwd: string;
}

/** The form's own fields take a few hundred bytes; headers of its parts, a few more. */
const FORM_ALLOWANCE = 64 * 1024;

export async function handleCheck(
  request: IncomingMessage,
  response: ServerResponse,
  settings: CheckRouteSettings,
): Promise<void> {
  const { maxInputBytes } = settings.limits;
  const contentType = request.headers["content-type"] ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    request.resume();
    return sendMessage(response, 415, "Not an upload", "Send the draft with the page's form.");
  }
  // A draft and its other language version, each within the limit.
  const body = await readBody(request, 2 * maxInputBytes + FORM_ALLOWANCE);
  if (body.kind === "too-large")
    return sendMessage(
      response,
      413,
      "The upload is too large",
      `This server accepts drafts of up to ${formatBytes(maxInputBytes)} each, and ${formatBytes(body.received)} were sent. Start disclint serve with a larger --max-size to check larger files.`,
    );
  const form = await readUploadForm(body.bytes, contentType);
  if ("problem" in form) return sendMessage(response, 400, "Nothing was checked", form.problem);
  const refusal = refusalOf(form.upload, settings.limits);
  if (refusal) return sendMessage(response, refusal.status, "Nothing was checked", refusal.message);
  const report = await checkUpload(form.upload, settings.limits);
  await answer(response, form.upload, report, settings);
}

async function answer(
  response: ServerResponse,
  upload: Upload,
  report: CheckReport,
  settings: CheckRouteSettings,
): Promise<void> {
  const render = { color: false, cwd: settings.cwd };
  const name = upload.draft.name;
  switch (upload.output) {
    case "report":
      return sendPage(response, 200, {
        html: htmlReporter.render(report, render),
        policy: reportPagePolicy(),
        framing: "SAMEORIGIN",
      });
    case "json":
      return sendAttachment(
        response,
        jsonReporter.render(report, render),
        "application/json; charset=utf-8",
        downloadName(name, ".disclint.json"),
      );
    case "sarif":
      return sendAttachment(
        response,
        sarifReporter.render(report, render),
        "application/sarif+json; charset=utf-8",
        downloadName(name, ".sarif"),
      );
    case "docx":
      return sendWordCopy(response, upload, report, settings.limits);
  }
}

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The draft with each finding of the report as a Word review comment (`check --annotate`). */
async function sendWordCopy(
  response: ServerResponse,
  upload: Upload,
  report: CheckReport,
  limits: CheckLimits,
): Promise<void> {
  const { draft } = upload;
  if (extensionOf(draft.name) !== ".docx")
    return sendMessage(
      response,
      400,
      "No Word copy for this draft",
      `The copy with review comments is made for Word drafts (.docx); ${draft.name} is not one. Download SARIF or JSON instead.`,
    );
  const result = report.files[0];
  if (!result || result.errors.length > 0)
    return sendMessage(
      response,
      422,
      "No Word copy for this draft",
      `${draft.name} could not be checked: ${result?.errors.map((error) => error.message).join("; ") ?? "no result"}`,
    );
  const { annotateDocx } = await import("../annotate/annotate-docx.js");
  const findings = result.findings.filter((finding) => !finding.suppressed);
  const annotated = await annotateDocx(draft.name, draft.bytes, findings, {
    maxInputBytes: limits.maxInputBytes,
  });
  sendAttachment(response, annotated.bytes, DOCX_TYPE, downloadName(draft.name, "-reviewed.docx"));
}
