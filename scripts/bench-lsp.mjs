// Language-server re-check time (issue 7): spawns `disclint lsp --stdio`, opens a ~50 KB draft,
// then sends N edits one at a time and times each from didChange to the publishDiagnostics
// that answers it. The server waits its debounce (200 ms) before re-checking, so that wait is
// subtracted: the number is the re-check itself. The server is asked for its stage times
// (initializationOptions.stats: a `disclint/stats` notification after each check), so a slow
// re-check is broken down into the stages that cost it, and what lies outside them (the
// JSON-RPC round trip, the event loop). Run alone (`node scripts/bench-lsp.mjs`) or through
// `benchLsp()` from scripts/bench.mjs.
import { spawn } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const root = join(import.meta.dirname, "..");
const cli = join(root, "bin", "disclint.cjs");
export const LSP_DEBOUNCE_MS = 200;
export const LSP_TARGET_P95_MS = 30;

/** A minimal JSON-RPC client over the server's stdio (Content-Length framing). */
function client(child) {
  let buffer = Buffer.alloc(0);
  const waiting = [];
  const handlers = new Map();
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
        handlers.get(message.method)?.(message.params);
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
    /** Calls `handler` with the params of every notification of `method`. */
    on(method, handler) {
      handlers.set(method, handler);
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

// 100 edits: the p95 is then the fifth-slowest re-check, not the second (with 40), so one
// garbage collection landing in a re-check no longer decides it.
export async function benchLsp({ text, edits = 100, path = join(root, "bench-draft.txt") } = {}) {
  // BENCH_LSP_NODE_ARGS: node options for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_LSP_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, cli, "lsp", "--stdio"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const rpc = client(child);
  const uri = pathToFileURL(path).href;
  const stats = new Map();
  rpc.on("disclint/stats", (params) => {
    if (params.uri === uri) stats.set(params.version, params);
  });
  await rpc.request("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {},
    initializationOptions: { stats: true },
  });
  rpc.notify("initialized", {});
  const isOurs = (message) =>
    message.method === "textDocument/publishDiagnostics" && message.params.uri === uri;
  let published = rpc.next(isOurs);
  rpc.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text } });
  await published;
  const times = [];
  const checks = [];
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
    const took = performance.now() - started - LSP_DEBOUNCE_MS;
    times.push(took);
    checks.push({ took, version });
  }
  await rpc.request("shutdown", null);
  rpc.notify("exit", null);
  // A server that exits on its own writes its CPU profile; one that hangs is stopped.
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
  child.kill();
  const at = percentiles(times);
  const cpu = percentiles(checks.map(({ version }) => stats.get(version)?.cpu ?? Number.NaN));
  return {
    p50: at(0.5),
    p95: at(0.95),
    max: at(1),
    edits,
    // The server's CPU time per re-check: what the re-check costs when the machine is shared.
    cpu: { p50: cpu(0.5), p95: cpu(0.95) },
    stages: stagesOf(checks, stats),
    // The slowest re-checks, with the server's CPU time: a slow one with little CPU waited for
    // the machine; the first edits after opening also pay for compiling the hot code (JIT).
    slowest: checks
      .map(({ took, version }, index) => ({
        edit: index + 1,
        took,
        cpu: stats.get(version)?.cpu ?? Number.NaN,
      }))
      .sort((a, b) => b.took - a.took)
      .slice(0, 3),
  };
}

/** q ↦ the q-quantile of the values (nearest rank). */
function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/**
 * Per stage, its p50 and p95 over the edits, with "outside the check" (the measured time less
 * the server's stages: the JSON-RPC round trip, waiting on the event loop) and the slowest rules.
 */
function stagesOf(checks, stats) {
  const byStage = new Map();
  const byRule = new Map();
  for (const { took, version } of checks) {
    const reported = stats.get(version);
    if (!reported) continue;
    const stages = { ...reported.stages };
    stages["outside the check"] = took - Object.values(reported.stages).reduce((sum, ms) => sum + ms, 0);
    for (const [stage, ms] of Object.entries(stages)) byStage.set(stage, [...(byStage.get(stage) ?? []), ms]);
    for (const [rule, ms] of Object.entries(reported.rules)) byRule.set(rule, (byRule.get(rule) ?? 0) + ms);
  }
  const stages = [...byStage].map(([stage, values]) => {
    const at = percentiles(values);
    return { stage, p50: at(0.5), p95: at(0.95) };
  });
  const rules = [...byRule]
    .map(([rule, total]) => ({ rule, mean: total / checks.length }))
    .sort((a, b) => b.mean - a.mean)
    .slice(0, 8);
  return { stages, rules };
}

/** Where a re-check's time goes, as lines of text: each stage's p50/p95, then the slowest rules. */
export function renderStages({ stages, rules }) {
  const width = Math.max(...stages.map(({ stage }) => stage.length), ...rules.map(({ rule }) => rule.length));
  return [
    `${"stage".padEnd(width)}  p50 ms  p95 ms`,
    ...stages.map(
      ({ stage, p50, p95 }) =>
        `${stage.padEnd(width)}  ${p50.toFixed(1).padStart(6)}  ${p95.toFixed(1).padStart(6)}`,
    ),
    `${"rule (slowest, mean)".padEnd(width)}  ms`,
    ...rules.map(({ rule, mean }) => `${rule.padEnd(width)}  ${mean.toFixed(1).padStart(6)}`),
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { readFileSync } = await import("node:fs");
  const base = readFileSync(join(root, "examples/lumen-harbour/18a-voluntary-clean-en.txt"), "utf8");
  const text = base.repeat(Math.ceil(50_000 / base.length));
  const result = await benchLsp({ text });
  const met = result.p95 <= LSP_TARGET_P95_MS;
  console.log(
    `re-check of a ${(text.length / 1000).toFixed(0)} KB draft over ${result.edits} edits: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, max ${result.max.toFixed(1)} ms (target p95 <= ${LSP_TARGET_P95_MS} ms) ${met ? "MET" : "MISSED"}`,
  );
  console.log(
    `the server's CPU time per re-check: p50 ${result.cpu.p50.toFixed(1)} ms, p95 ${result.cpu.p95.toFixed(1)} ms (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`,
  );
  console.log(
    `slowest re-checks: ${result.slowest.map(({ edit, took, cpu }) => `edit ${edit} ${took.toFixed(1)} ms (CPU ${cpu.toFixed(1)} ms)`).join(", ")}`,
  );
  console.log(met ? "where the time goes:" : "MISSED: where the time goes (the server's own stage times):");
  console.log(renderStages(result.stages));
}
