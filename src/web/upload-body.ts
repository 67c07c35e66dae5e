/**
 * A request body read into memory, never past a limit. An upload over the limit is still read to
 * its end — and thrown away as it arrives — so the browser gets the answer saying why it was
 * refused, instead of a connection cut in the middle of sending.
 */
import type { IncomingMessage } from "node:http";

export type Body = { kind: "complete"; bytes: Buffer } | { kind: "too-large"; received: number };

export async function readBody(request: IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(request.headers["content-length"] ?? Number.NaN);
  let kept: Buffer[] | undefined = declared > limit ? undefined : [];
  let received = 0;
  for await (const chunk of request) {
    const bytes = chunk as Buffer;
    received += bytes.length;
    if (received > limit) kept = undefined;
    kept?.push(bytes);
  }
  return kept === undefined
    ? { kind: "too-large", received }
    : { kind: "complete", bytes: Buffer.concat(kept) };
}
