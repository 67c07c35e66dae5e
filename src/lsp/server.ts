/**
 * `disclint lsp`: diagnostics on open and (debounced) change, quick fixes from suggestions,
 * hover with the rule's citation, and a fresh configuration whenever a .disclint.yaml changes.
 * Rule packs are compiled once per pack set (src/rules/rule-sets.ts caches them), not per keystroke.
 */
import { fileURLToPath, pathToFileURL } from "node:url";
import { format } from "node:util";
import {
  CodeActionKind,
  type Connection,
  createConnection,
  DidChangeWatchedFilesNotification,
  type InitializeParams,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { clearConfigCache } from "../config/load-config.js";
import { CheckMemo } from "../engine/lint-file.js";
import { StageTimes } from "../engine/stage-times.js";
import type { Finding } from "../engine/types.js";
import type { Rule } from "../rules/types.js";
import { type ConfigState, checkText, type TextCheck } from "./check-text.js";
import { quickFixes } from "./code-actions.js";
import { Debouncer } from "./debouncer.js";
import { blockingDiagnostic, configProblemDiagnostic, documentDiagnostics } from "./diagnostics.js";
import { documentPath, isConfigUri } from "./document-path.js";
import { hoverAt } from "./hover.js";

export interface ServerOptions {
  /** Where unsaved buffers are placed when the client names no workspace folder. */
  fallbackRoot: string;
  /** Quiet time after the last change before a draft is checked again. */
  debounceMs?: number;
  /** The date to judge by when the draft states none (YYYY-MM-DD). */
  today?: () => string;
}

/** The last check of an open draft, kept for code actions and hover. */
interface CheckedDraft {
  version: number;
  findings: Finding[];
  rules: Map<string, Rule>;
}

const CONFIG_GLOB = "**/.disclint.{yaml,yml}";

export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const drafts = new Map<string, CheckedDraft>();
  // What each open draft's last check can lend the next: a re-check redoes only what the edit touched.
  const memos = new Map<string, CheckMemo>();
  const startedVersion = new Map<string, number>();
  const configsWithProblems = new Set<string>();
  const debouncer = new Debouncer(options.debounceMs ?? 200);
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  let workspaceRoot = options.fallbackRoot;
  let watchFilesDynamically = false;
  let sendStats = false;

  connection.onInitialize((params: InitializeParams) => {
    workspaceRoot = rootOf(params) ?? options.fallbackRoot;
    sendStats = asksForStats(params.initializationOptions);
    watchFilesDynamically =
      params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: {
          openClose: true,
          change: TextDocumentSyncKind.Incremental,
          save: { includeText: false },
        },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
      },
      serverInfo: { name: "disclint" },
    };
  });

  connection.onInitialized(() => {
    if (!watchFilesDynamically) return;
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: CONFIG_GLOB }],
    });
  });

  async function check(document: TextDocument): Promise<void> {
    const { uri, version } = document;
    startedVersion.set(uri, version);
    let outcome: TextCheck;
    const timer = sendStats ? new StageTimes() : undefined;
    const cpuBefore = timer && process.cpuUsage();
    try {
      outcome = await checkText(documentPath(uri, workspaceRoot), document.getText(), today(), {
        memo: memoOf(uri),
        ...(timer && { timer }),
      });
    } catch (error) {
      connection.console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      const message = error instanceof Error ? error.message : String(error);
      outcome = {
        status: "failed",
        message: `disclint: internal error: ${message}`,
        config: { problems: [] },
      };
    }
    // A newer version is already waiting to be checked, or the draft was closed meanwhile.
    if (documents.get(uri)?.version !== version) return;
    if (outcome.config) publishConfigProblems(outcome.config);
    if (outcome.status === "checked") {
      const { findings } = outcome;
      drafts.set(uri, { version, findings, rules: outcome.rules });
      const diagnostics = timer
        ? await timer.time("diagnostics", () => documentDiagnostics(findings))
        : documentDiagnostics(findings);
      // Stage times first, so a client timing the diagnostics has them when they arrive.
      if (timer && cpuBefore) {
        void connection.sendNotification(STATS_NOTIFICATION, statsOf(uri, version, timer, cpuBefore));
      }
      void connection.sendDiagnostics({ uri, version, diagnostics });
      return;
    }
    drafts.delete(uri);
    const diagnostics = outcome.status === "failed" ? [blockingDiagnostic(outcome.message)] : [];
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function memoOf(uri: string): CheckMemo {
    let memo = memos.get(uri);
    if (!memo) {
      memo = new CheckMemo();
      memos.set(uri, memo);
    }
    return memo;
  }

  function publishConfigProblems(config: ConfigState): void {
    if (!config.file) return;
    const uri = pathToFileURL(config.file).href;
    if (config.problems.length === 0 && !configsWithProblems.delete(uri)) return;
    if (config.problems.length > 0) configsWithProblems.add(uri);
    void connection.sendDiagnostics({ uri, diagnostics: config.problems.map(configProblemDiagnostic) });
  }

  function reloadConfiguration(): void {
    clearConfigCache();
    for (const document of documents.all()) {
      if (isConfigUri(document.uri)) continue;
      debouncer.cancel(document.uri);
      void check(document);
    }
  }

  documents.onDidOpen(({ document }) => {
    if (isConfigUri(document.uri)) return;
    void check(document);
  });
  documents.onDidChangeContent(({ document }) => {
    if (isConfigUri(document.uri) || startedVersion.get(document.uri) === document.version) return;
    debouncer.schedule(document.uri, () => {
      const latest = documents.get(document.uri);
      if (latest) void check(latest);
    });
  });
  documents.onDidSave(({ document }) => {
    if (isConfigUri(document.uri)) reloadConfiguration();
  });
  documents.onDidClose(({ document }) => {
    debouncer.cancel(document.uri);
    drafts.delete(document.uri);
    memos.delete(document.uri);
    startedVersion.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (changes.some((change) => isConfigUri(change.uri))) reloadConfiguration();
  });

  connection.onCodeAction(({ textDocument, range }) => {
    const draft = current(textDocument.uri);
    return draft ? quickFixes(textDocument.uri, draft.findings, range) : [];
  });

  connection.onHover(({ textDocument, position }) => {
    const draft = current(textDocument.uri);
    return draft ? hoverAt(draft.findings, draft.rules, position) : null;
  });

  connection.onShutdown(() => debouncer.dispose());

  /** Findings for the text the editor shows now; stale spans would edit the wrong words. */
  function current(uri: string): CheckedDraft | undefined {
    const draft = drafts.get(uri);
    return draft && draft.version === documents.get(uri)?.version ? draft : undefined;
  }

  documents.listen(connection);
  connection.listen();
}

/**
 * Sent after each check when the client's initializationOptions say `{ "stats": true }`: the
 * stages' and the rules' run times and the check's CPU time (ms), so a bench can name the stage
 * behind a slow re-check, and tell a slow check from a busy machine.
 */
export const STATS_NOTIFICATION = "disclint/stats";

function asksForStats(options: unknown): boolean {
  return typeof options === "object" && options !== null && "stats" in options && options.stats === true;
}

/** `cpu`: the process's CPU time for the check (ms), which other processes on the machine do not inflate. */
function statsOf(uri: string, version: number, timer: StageTimes, cpuBefore: NodeJS.CpuUsage) {
  const cpu = process.cpuUsage(cpuBefore);
  return {
    uri,
    version,
    cpu: (cpu.user + cpu.system) / 1000,
    stages: Object.fromEntries(timer.stages),
    rules: Object.fromEntries(timer.rules),
  };
}

function rootOf(params: InitializeParams): string | undefined {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  return uri?.startsWith("file:") ? fileURLToPath(uri) : undefined;
}

/** Serves over this process's stdin and stdout; stray console output goes to the client's log. */
export function runStdioServer(options: ServerOptions): void {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const toLog = (...args: unknown[]) => connection.console.log(format(...args));
  console.log = toLog;
  console.info = toLog;
  console.debug = toLog;
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  startServer(connection, options);
}
