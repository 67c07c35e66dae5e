/**
 * Requests to `disclint serve` without a browser: any headers (a forged Host or Origin), and
 * multipart bodies written byte by byte, so a part's file name can be anything a hostile client
 * sends, including what browsers would never send.
 */
import { request } from "node:http";

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

export interface Part {
  name: string;
  /** The filename parameter exactly as it goes on the wire (inside the quotes). */
  filename?: string;
  type?: string;
  content: string | Uint8Array;
}

export const BOUNDARY = "----disclint-test-boundary-7f3a";

export function multipart(parts: readonly Part[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename === undefined ? "" : `; filename="${part.filename}"`}`;
    const headers = [
      `Content-Disposition: ${disposition}`,
      ...(part.type ? [`Content-Type: ${part.type}`] : []),
    ];
    chunks.push(Buffer.from(`--${BOUNDARY}\r\n${headers.join("\r\n")}\r\n\r\n`, "latin1"));
    chunks.push(
      typeof part.content === "string" ? Buffer.from(part.content, "utf8") : Buffer.from(part.content),
    );
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

/** A draft and form fields, as the page's form sends them. */
export function uploadBody(
  draft: { filename: string; content: string | Uint8Array },
  fields: Record<string, string | string[]> = {},
): Buffer {
  const parts: Part[] = [
    { name: "draft", filename: draft.filename, type: "application/octet-stream", content: draft.content },
  ];
  for (const [name, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) parts.push({ name, content: item });
  return multipart(parts);
}

export interface Send {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

export function send(origin: string, options: Send): Promise<Answer> {
  const url = new URL(options.path, origin);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: options.method ?? (options.body ? "POST" : "GET"),
        headers: {
          ...(options.body && {
            "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`,
            "Content-Length": String(options.body.length),
          }),
          ...options.headers,
        },
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body,
            text: body.toString("utf8"),
          });
        });
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

/** The path and query of a server's address with its token, for `send`. */
export function withToken(path: string, token: string): string {
  return `${path}?token=${encodeURIComponent(token)}`;
}
