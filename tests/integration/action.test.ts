/**
 * action.yml, the GitHub composite action. GitHub is not reachable from the tests, so the action
 * is checked in two ways: its structure (inputs used exist, every script runs in bash with
 * `set -euo pipefail`, inputs reach scripts only through the environment), and its own bash
 * scripts, run here with the environment GitHub would give them.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CLEAN_DRAFT, CONFIG, DEFECTIVE_DRAFT, disclintShim, tempDir } from "./drafts.js";

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  "continue-on-error"?: unknown;
}

interface Action {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const actionText = readFileSync(join(import.meta.dirname, "..", "..", "action.yml"), "utf8");
const action = parse(actionText) as Action;
const steps = action.runs.steps;

function step(name: string): Step {
  const found = steps.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`action.yml has no step named ${name}`);
  return found;
}

describe("action.yml structure", () => {
  it("is a composite action that sets up Node and uploads SARIF with GitHub's action", () => {
    expect(action.runs.using).toBe("composite");
    expect(steps[0]?.uses).toBe("actions/setup-node@v4");
    expect(step("Upload SARIF to code scanning").uses).toBe("github/codeql-action/upload-sarif@v3");
  });

  it("refers only to inputs it declares, and declares none it does not use", () => {
    const used = new Set([...actionText.matchAll(/inputs\.([a-z-]+)/g)].map((match) => match[1]));
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it("refers only to outputs of earlier steps that have an id", () => {
    const ids: string[] = [];
    for (const current of steps) {
      const referenced = [...JSON.stringify(current).matchAll(/steps\.([a-z-]+)\.outputs/g)].map((m) => m[1]);
      for (const id of referenced) expect(ids).toContain(id);
      if (current.id) ids.push(current.id);
    }
    expect(action.outputs["exit-code"]?.value).toContain("steps.check.outputs.exit-code");
  });

  it("runs every script in bash with errexit, nounset and pipefail, without pasting inputs into it", () => {
    const scripts = steps.filter((current) => current.run !== undefined);
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const current of scripts) {
      expect(current.shell).toBe("bash");
      expect(current.run?.startsWith("set -euo pipefail\n")).toBe(true);
      expect(current.run).not.toContain("${{");
    }
  });

  it("never lets a step's failure pass, and ends with a verdict that runs whatever happened", () => {
    for (const current of steps) expect(current["continue-on-error"]).toBeUndefined();
    const last = steps[steps.length - 1];
    expect(last?.name).toBe("Verdict");
    expect(last?.if).toMatch(/^\$\{\{ always\(\) \}\}$/);
  });
});

interface ScriptRun {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
}

function runScript(name: string, cwd: string, env: Record<string, string>): ScriptRun {
  const outputFile = join(tempDir("gh-output"), "output");
  writeFileSync(outputFile, "");
  const result = spawnSync("bash", ["-c", step(name).run ?? ""], {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, ...env, GITHUB_OUTPUT: outputFile, RUNNER_TEMP: tempDir("runner-temp") },
  });
  const outputs = Object.fromEntries(
    readFileSync(outputFile, "utf8")
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  return { status: result.status, stdout: `${result.stdout}${result.stderr}`, outputs };
}

describe("action.yml scripts", () => {
  let workspace: string;
  let disclintBin: string;

  beforeAll(() => {
    disclintBin = disclintShim().script;
    workspace = tempDir("workspace");
    mkdirSync(join(workspace, "announcements"));
    writeFileSync(join(workspace, ".disclint.yaml"), CONFIG);
    writeFileSync(join(workspace, "announcements", "office-clean-en.txt"), CLEAN_DRAFT);
    writeFileSync(join(workspace, "announcements", "office-defective-en.txt"), DEFECTIVE_DRAFT);
  });

  function check(inputs: Partial<Record<"PATHS" | "FORMAT" | "FAIL_ON" | "CONFIG" | "SARIF_FILE", string>>) {
    return runScript("Run disclint", workspace, {
      DISCLINT_BIN: disclintBin,
      PATHS: "announcements",
      FORMAT: "compact",
      FAIL_ON: "error",
      CONFIG: "",
      SARIF_FILE: "",
      ...inputs,
    });
  }

  function verdict(env: Record<string, string>): number | null {
    return runScript("Verdict", workspace, { EXIT_CODE: "", SARIF_FILE: "", SARIF_STATUS: "", ...env })
      .status;
  }

  it("records exit code 1 for a defective draft, and the problem matcher reads its compact lines", () => {
    const run = check({ PATHS: "announcements/*-en.txt" });
    expect(run.status).toBe(0);
    expect(run.outputs["exit-code"]).toBe("1");
    const matcherFile = /::add-matcher::(.+)/.exec(run.stdout)?.[1] ?? "";
    const matcher = JSON.parse(readFileSync(matcherFile, "utf8"));
    const pattern = new RegExp(matcher.problemMatcher[0].pattern[0].regexp);
    const matches = run.stdout
      .split("\n")
      .map((line) => pattern.exec(line))
      .filter((match) => match !== null);
    expect(matches.map((match) => [match[1], match[4], match[6]])).toContainEqual([
      "announcements/office-defective-en.txt",
      "error",
      "hkex/ined-min-three",
    ]);
    expect(run.stdout).toContain("::remove-matcher owner=disclint::");
    expect(verdict({ EXIT_CODE: run.outputs["exit-code"] ?? "" })).toBe(1);
  });

  it("records exit code 0 for a clean draft, and the verdict passes", () => {
    const run = check({ PATHS: "announcements/office-clean-en.txt" });
    expect(run.outputs["exit-code"]).toBe("0");
    expect(verdict({ EXIT_CODE: "0" })).toBe(0);
  });

  it("fails closed on a disclint error (a missing config file): exit code 2", () => {
    const run = check({ CONFIG: "no-such-config.yaml" });
    expect(run.outputs["exit-code"]).toBe("2");
    expect(verdict({ EXIT_CODE: "2" })).toBe(2);
  });

  it("fails closed when disclint did not run at all, or a requested SARIF report is missing", () => {
    expect(verdict({ EXIT_CODE: "" })).toBe(2);
    expect(verdict({ EXIT_CODE: "0", SARIF_FILE: "disclint.sarif", SARIF_STATUS: "" })).toBe(2);
    expect(verdict({ EXIT_CODE: "1", SARIF_FILE: "disclint.sarif", SARIF_STATUS: "written" })).toBe(1);
  });

  it("writes SARIF when asked", () => {
    const run = check({ PATHS: "announcements/office-defective-en.txt", SARIF_FILE: "disclint.sarif" });
    expect(run.outputs.sarif).toBe("written");
    expect(JSON.parse(readFileSync(join(workspace, "disclint.sarif"), "utf8")).version).toBe("2.1.0");
    expect(run.outputs["exit-code"]).toBe("1");
  });
});
