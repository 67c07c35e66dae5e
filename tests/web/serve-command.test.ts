/**
 * `disclint serve` as a process, through the bundled binary: it prints its address with the
 * token, refuses any host but loopback, opens a browser only with --open, writes nothing to disk
 * while drafts of every kind are checked and annotated (its working, home and temporary
 * directories are watched), and stops cleanly on SIGTERM and Ctrl-C.
 */
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  watch,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readComments } from "../annotate/helpers/read-comments.js";
import { announcementPdf } from "../document/readers/make-pdf.js";
import { HOSTILE_HTML, kestrelDraft, SALTMARSH_EN } from "./drafts.js";
import { send, uploadBody } from "./http.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "bin", "disclint.cjs");

interface Serving {
  child: ChildProcessWithoutNullStreams;
  url: URL;
  stderr: () => string;
  exited: Promise<number | null>;
}

let sandbox = "";
/** Each process gets its own working, home and temporary directories, all empty. */
function directories(name: string): { cwd: string; home: string; tmp: string } {
  const dirs = {
    cwd: join(sandbox, name, "cwd"),
    home: join(sandbox, name, "home"),
    tmp: join(sandbox, name, "tmp"),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  return dirs;
}

function serve(args: string[], name: string, path = process.env.PATH ?? ""): Promise<Serving> {
  const dirs = directories(name);
  const child = spawn(process.execPath, [CLI, "serve", ...args], {
    cwd: dirs.cwd,
    env: { PATH: path, HOME: dirs.home, TMPDIR: dirs.tmp, LANG: "C.UTF-8" },
  });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /^(http:\/\/\S+)$/m.exec(stdout);
      if (found?.[1]) resolve({ child, url: new URL(found[1]), stderr: () => stderr, exited });
    });
    exited.then((code) => reject(new Error(`serve exited with ${code} before listening: ${stderr}`)));
  });
}

function pageOf(serving: Serving) {
  return send(serving.url.origin, { path: `${serving.url.pathname}${serving.url.search}` });
}

function checkOn(serving: Serving, body: Buffer) {
  return send(serving.url.origin, { path: `/check${serving.url.search}`, body });
}

async function stop(serving: Serving, signal: NodeJS.Signals): Promise<number | null> {
  serving.child.kill(signal);
  return serving.exited;
}

beforeAll(() => {
  sandbox = mkdtempSync(join(tmpdir(), "disclint-serve-"));
});

afterAll(() => {
  if (sandbox) rmSync(sandbox, { recursive: true, force: true });
});

describe("disclint serve", () => {
  it("prints a loopback address with its token, serves the page there, and stops on SIGTERM with exit 0", async () => {
    const serving = await serve([], "plain");
    expect(serving.url.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(serving.url.searchParams.get("token")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const page = await pageOf(serving);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`data-max-bytes="${50 * 1024 * 1024}"`);
    expect((await send(serving.url.origin, { path: "/" })).status).toBe(403);
    const started = Date.now();
    expect(await stop(serving, "SIGTERM")).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(serving.stderr()).toBe("disclint serve: SIGTERM received, stopping\n");
  });

  it("stops on Ctrl-C (SIGINT) the same way", async () => {
    const serving = await serve(["--max-size", "1"], "interrupt");
    expect((await pageOf(serving)).text).toContain(`data-max-bytes="${1024 * 1024}"`);
    expect(await stop(serving, "SIGINT")).toBe(0);
    expect(serving.stderr()).toContain("SIGINT received, stopping");
  });

  it("refuses a host that is not loopback, and a port that is not one", () => {
    for (const host of ["0.0.0.0", "::", "192.168.0.10"]) {
      const refused = spawnSync(process.execPath, [CLI, "serve", "--host", host], {
        encoding: "utf8",
        timeout: 10_000,
      });
      expect(refused.status, host).toBe(2);
      expect(refused.stdout).toBe("");
      expect(refused.stderr).toContain("listens only on a loopback address");
    }
    const badPort = spawnSync(process.execPath, [CLI, "serve", "--port", "70000"], {
      encoding: "utf8",
      timeout: 10_000,
    });
    expect(badPort.status).toBe(2);
    expect(badPort.stderr).toContain("must be a port number");
  });

  it("--help teaches: how to open the page, what to drop, what comes back, what stays private", () => {
    const help = spawnSync(process.execPath, [CLI, "serve", "--help"], { encoding: "utf8", timeout: 10_000 });
    expect(help.status).toBe(0);
    for (const taught of [
      "?token=",
      ".docx, .pdf, .txt, .html or .md",
      "checklist",
      "Word copy with each finding as a review comment",
      "SARIF or JSON",
      "never written to disk",
      "$ disclint serve --open",
      "--max-size <MB>",
    ])
      expect(help.stdout, taught).toContain(taught);
    const top = spawnSync(process.execPath, [CLI, "--help"], { encoding: "utf8", timeout: 10_000 });
    expect(top.stdout).toMatch(/serve \[options\] +open a page in your browser/);
  });

  it("opens the browser only when --open asks", async () => {
    const bin = join(sandbox, "fake-bin");
    mkdirSync(bin, { recursive: true });
    const opened = join(sandbox, "opened.txt");
    // A stand-in for xdg-open that records the address it was given.
    writeFileSync(join(bin, "xdg-open"), `#!/bin/sh\nprintf '%s\\n' "$@" >> "${opened}"\n`);
    chmodSync(join(bin, "xdg-open"), 0o755);
    const path = `${bin}:${process.env.PATH ?? ""}`;
    const quiet = await serve([], "no-open", path);
    await pageOf(quiet);
    expect(await stop(quiet, "SIGTERM")).toBe(0);
    expect(existsSync(opened)).toBe(false);
    const asked = await serve(["--open"], "open", path);
    await expect.poll(() => existsSync(opened)).toBe(true);
    expect(readFileSync(opened, "utf8")).toBe(`${asked.url.href}\n`);
    expect(await stop(asked, "SIGTERM")).toBe(0);
  });

  it("writes nothing to disk while it checks and annotates drafts of every kind", async () => {
    const serving = await serve([], "no-disk");
    const dirs = {
      cwd: join(sandbox, "no-disk", "cwd"),
      home: join(sandbox, "no-disk", "home"),
      tmp: join(sandbox, "no-disk", "tmp"),
    };
    const events: string[] = [];
    const watchers = Object.values(dirs).map((dir) =>
      watch(dir, { recursive: true }, (event, file) => events.push(`${dir}: ${event} ${file}`)),
    );
    try {
      const word = await kestrelDraft();
      const answers = [
        await checkOn(serving, uploadBody({ filename: "saltmarsh.txt", content: SALTMARSH_EN })),
        await checkOn(
          serving,
          uploadBody({ filename: "saltmarsh.txt", content: SALTMARSH_EN }, { output: "sarif" }),
        ),
        await checkOn(
          serving,
          uploadBody({ filename: "hostile.html", content: HOSTILE_HTML }, { output: "json" }),
        ),
        await checkOn(serving, uploadBody({ filename: "lumen.pdf", content: await announcementPdf() })),
        await checkOn(serving, uploadBody({ filename: "kestrel.docx", content: word }, { output: "docx" })),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
      expect(answers[3]?.text).toContain("<h2>lumen.pdf</h2>");
      expect((await readComments(new Uint8Array(answers[4]?.body ?? []))).length).toBeGreaterThan(2);
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      for (const watcher of watchers) watcher.close();
    }
    expect(events).toEqual([]);
    for (const dir of Object.values(dirs)) expect(readdirSync(dir, { recursive: true }), dir).toEqual([]);
    expect(await stop(serving, "SIGTERM")).toBe(0);
  }, 60_000);
});
