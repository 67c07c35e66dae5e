// Language-server re-check time (issue 7): spawns `disclint lsp --stdio`, opens a ~50 KB draft,
// then sends N edits one at a time and times each from didChange to the publishDiagnostics
// that answers it. The server waits its debounce (200 ms) before re-checking, so that wait is
// subtracted: the number is the re-check itself. Run alone (`node scripts/bench-lsp.mjs`) or
// through `benchLsp()` from scripts/bench.mjs.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const root = join(import.meta.dirname, "..");
const cli = join(root, "bin", "disclint.cjs");
export const LSP_DEBOUNCE_MS = 200;

/** A minimal JSON-RPC client over the server's stdio (Content-Length framing). */
function client(child) {
  let buffer = Buffer.alloc(0);
  const waiting = [];
  let nextId = 1;
  const pending = new Map();
  child.stdout.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
      buffer = buffer.subarray(headerEnd + 4 + length);
      if (message.id !== undefined && pending.has(message.id)) {
        pending.get(message.id)(message.result);
        pending.delete(message.id);
      } else if (message.id !== undefined && message.method) {
        send({ jsonrpc: "2.0", id: message.id, result: null }); // server requests: accept
      } else {
        for (const waiter of waiting.splice(0)) waiter(message);
      }
    }
  });
  const send = (message) => {
    const body = Buffer.from(JSON.stringify(message));
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  return {
    request(method, params) {
      const id = nextId++;
      send({ jsonrpc: "2.0", id, method, params });
      return new Promise((resolve) => pending.set(id, resolve));
    },
    notify(method, params) {
      send({ jsonrpc: "2.0", method, params });
    },
    /** The next notification matching `test`. */
    next(test) {
      return new Promise((resolve) => {
        const listen = (message) => (test(message) ? resolve(message) : waiting.push(listen));
        waiting.push(listen);
      });
    },
  };
}

export async function benchLsp({ text, edits = 40, path = join(root, "bench-draft.txt") } = {}) {
  const child = spawn(process.execPath, [cli, "lsp", "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const rpc = client(child);
  const uri = pathToFileURL(path).href;
  await rpc.request("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {},
  });
  rpc.notify("initialized", {});
  const isOurs = (message) =>
    message.method === "textDocument/publishDiagnostics" && message.params.uri === uri;
  let published = rpc.next(isOurs);
  rpc.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text } });
  await published;
  const times = [];
  for (let version = 2; version < edits + 2; version++) {
    // Each edit changes a number in the middle of the draft, as typing does.
    const edited = text.replace(/\d+(\.\d+)?%/, `${version}.${version % 10}%`);
    published = rpc.next(isOurs);
    const started = performance.now();
    rpc.notify("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ text: edited }],
    });
    await published;
    times.push(performance.now() - started - LSP_DEBOUNCE_MS);
  }
  await rpc.request("shutdown", null);
  rpc.notify("exit", null);
  child.kill();
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p95: at(0.95), max: times[times.length - 1], edits };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { readFileSync } = await import("node:fs");
  const base = readFileSync(join(root, "examples/lumen-harbour/18a-voluntary-clean-en.txt"), "utf8");
  const text = base.repeat(Math.ceil(50_000 / base.length));
  console.log(await benchLsp({ text }));
}
