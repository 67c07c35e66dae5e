/**
 * Every answer the server gives carries the same protections: nothing may be cached (a draft's
 * findings are not kept, not even by the browser), content types are not sniffed, and no other
 * origin may embed or read what is sent. Pages add their own Content-Security-Policy.
 */
import type { ServerResponse } from "node:http";
import { contentDisposition } from "./file-names.js";
import { messagePage, messagePagePolicy } from "./pages.js";

const COMMON_HEADERS: Readonly<Record<string, string>> = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export interface PageToSend {
  html: string;
  policy: string;
  /** Only the report and message pages may be shown, in the upload page's frame. */
  framing: "DENY" | "SAMEORIGIN";
}

export function sendPage(response: ServerResponse, status: number, page: PageToSend): void {
  send(response, status, Buffer.from(page.html, "utf8"), {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": page.policy,
    "X-Frame-Options": page.framing,
  });
}

/** A refusal or a failure explained on a page of its own, shown where the report would be. */
export function sendMessage(response: ServerResponse, status: number, title: string, message: string): void {
  sendPage(response, status, {
    html: messagePage(title, message),
    policy: messagePagePolicy(),
    framing: "SAMEORIGIN",
  });
}

/** A download: never shown inline, never run, named safely whatever the upload was called. */
export function sendAttachment(
  response: ServerResponse,
  content: Uint8Array | string,
  contentType: string,
  fileName: string,
): void {
  send(response, 200, typeof content === "string" ? Buffer.from(content, "utf8") : content, {
    "Content-Type": contentType,
    "Content-Disposition": contentDisposition(fileName),
    "Content-Security-Policy": "default-src 'none'; sandbox",
  });
}

/** For requests that never reach a page (refused, unknown address): a short plain text. */
export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
): void {
  send(response, status, Buffer.from(`${text}\n`, "utf8"), {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Security-Policy": "default-src 'none'",
    ...extra,
  });
}

function send(
  response: ServerResponse,
  status: number,
  body: Uint8Array,
  headers: Record<string, string>,
): void {
  response.writeHead(status, { ...COMMON_HEADERS, ...headers, "Content-Length": String(body.length) });
  response.end(response.req.method === "HEAD" ? undefined : body);
}
