/**
 * Who may talk to `disclint serve`: a browser on this machine that holds the access token.
 *
 * - The server listens on a loopback address only, so nothing off the machine can connect.
 * - The Host header must name that address (or localhost) and the server's port: a web page
 *   whose own domain was made to resolve to 127.0.0.1 (DNS rebinding) sends its own name there.
 * - When the browser says where a request comes from (Origin, Sec-Fetch-Site), it must be one of
 *   this server's own pages: another site, or another local app on another port, is refused.
 * - Every request carries the token printed with the address (`?token=`), so a page that guesses
 *   the port still cannot use the server.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

/** 256 random bits, URL-safe: unguessable, and nothing in it needs escaping in a URL or HTML. */
export function newAccessToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * The loopback address a --host value names, or undefined when it names anything else
 * (0.0.0.0, ::, a LAN address, a host name other than localhost).
 */
export function loopbackAddress(host: string): string | undefined {
  const bare = host
    .trim()
    .replace(/^\[(.*)\]$/, "$1")
    .toLowerCase();
  if (bare === "localhost") return "127.0.0.1";
  if (isIP(bare) === 4) return bare.split(".")[0] === "127" ? bare : undefined;
  if (isIP(bare) === 6) return new URL(`http://[${bare}]/`).hostname === "[::1]" ? "::1" : undefined;
  return undefined;
}

/** How an address is written in a URL's authority: IPv6 in brackets. */
export function urlHost(address: string): string {
  return address.includes(":") ? `[${address}]` : address;
}

export type Verdict = { allowed: true } | { allowed: false; reason: string };

export class RequestGuard {
  private readonly hosts: ReadonlySet<string>;
  private readonly origins: ReadonlySet<string>;
  private readonly tokenDigest: Buffer;

  constructor(address: string, port: number, token: string) {
    const names = [urlHost(address), "localhost"].map((name) => name.toLowerCase());
    const withPort = names.map((name) => `${name}:${port}`);
    // A browser leaves out the port when it is the scheme's default.
    this.hosts = new Set(port === 80 ? [...withPort, ...names] : withPort);
    this.origins = new Set([...this.hosts].map((host) => `http://${host}`));
    this.tokenDigest = digest(token);
  }

  check(request: IncomingMessage): Verdict {
    const host = request.headers.host?.toLowerCase();
    if (host === undefined || !this.hosts.has(host))
      return refuse("the Host header does not name this server (a page on another site?)");
    const origin = request.headers.origin;
    if (origin !== undefined && !this.origins.has(origin.toLowerCase()))
      return refuse("the request comes from a page that is not this server's");
    const site = request.headers["sec-fetch-site"];
    if (site !== undefined && site !== "same-origin" && site !== "none")
      return refuse("the request comes from a page that is not this server's");
    if (!this.hasToken(request.url ?? ""))
      return refuse("the address lacks the access token: open the address disclint serve printed");
    return { allowed: true };
  }

  private hasToken(target: string): boolean {
    let given: string | null;
    try {
      given = new URL(target, "http://localhost").searchParams.get("token");
    } catch {
      return false;
    }
    // Digests have one length, so the comparison takes the same time whatever was sent.
    return given !== null && timingSafeEqual(digest(given), this.tokenDigest);
  }
}

function refuse(reason: string): Verdict {
  return { allowed: false, reason };
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}
