/**
 * SARIF 2.1.0 for code-scanning dashboards: the rules as reporting descriptors (help link =
 * the citation), findings as results with regions (page and paragraph as region properties,
 * since SARIF has no such field), suppressed findings as suppressions, and the sources of the
 * requirements (Listing Rule chapters) as a taxonomy so findings can be grouped by chapter.
 */
import { pathToFileURL } from "node:url";
import type { Span } from "../document/types.js";
import { basisOf } from "../domain/citation.js";
import type { Severity } from "../domain/severity.js";
import type { CheckReport, FileResult, Finding, RuleSummary } from "../engine/types.js";
import { displayPath } from "./display-path.js";
import { pageAndParagraph, placedByPage } from "./document-place.js";
import { TAXONOMY_NAME, type Taxon, taxonOf } from "./sarif-taxonomy.js";
import { sha256 } from "./sign-off.js";
import { STREAMED_ARRAY, StreamedJsonArray } from "./streamed-json.js";
import {
  chunksOfStream,
  type RenderOptions,
  type Reporter,
  type ReportHead,
  type ReportStream,
} from "./types.js";

type Json = Record<string, unknown>;

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  info: "note",
};
const SRCROOT = "%SRCROOT%";
/** Long snippets make the log heavy and dashboards truncate them anyway. */
const MAX_SNIPPET = 500;

export const sarifReporter: Reporter = {
  name: "sarif",
  needsText: true,
  render: (report, options) => [...chunksOfStream(stream(options), report)].join(""),
  renderChunks: (report, options) => chunksOfStream(stream(options), report),
  stream,
};

/**
 * The log, its results made one file at a time (see streamed-json.ts). What the results need —
 * the rules, their taxa — comes before them; what depends on every file — the files that could
 * not be checked (invocations) and the sign-off — comes after them.
 */
function stream(options: RenderOptions): ReportStream {
  const results = new StreamedJsonArray();
  let described: { rules: RuleSummary[]; taxa: Taxa; ruleIndex: Map<string, number> } | undefined;
  const fileErrors: FileError[] = [];
  const logOf = (report: ReportHead & { signOff?: CheckReport["signOff"]; files?: FileResult[] }): Json => {
    if (!described) {
      const rules = ruleList(report);
      described = {
        rules,
        taxa: taxaOf(rules),
        ruleIndex: new Map(rules.map((rule, index) => [rule.id, index])),
      };
    }
    return sarifLog(report, described, fileErrors, options);
  };
  return {
    head: (report) => results.head(logOf(report)),
    file: (file) => {
      const { taxa, ruleIndex } = described ?? { taxa: taxaOf([]), ruleIndex: new Map<string, number>() };
      for (const error of file.errors) fileErrors.push({ path: file.path, error });
      return file.findings
        .map((finding) => results.item(result(finding, file, options.cwd, ruleIndex, taxa)))
        .join("");
    },
    tail: (report) => results.tail(logOf(report)),
  };
}

/** A file that could not be checked: only its path is kept, not its result. */
type FileError = { path: string; error: FileResult["errors"][number] };

function sarifLog(
  report: ReportHead & { signOff?: CheckReport["signOff"] },
  described: { rules: readonly RuleSummary[]; taxa: Taxa },
  fileErrors: readonly FileError[],
  options: RenderOptions,
): Json {
  const { rules, taxa } = described;
  const run: Json = {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: report.tool.version,
        rules: rules.map((rule) => descriptor(rule, taxa)),
        supportedTaxonomies: [{ name: TAXONOMY_NAME, index: 0 }],
      },
    },
    taxonomies: [
      {
        name: TAXONOMY_NAME,
        organization: "Hong Kong Exchanges and Clearing Limited",
        shortDescription: {
          text: "Where each requirement comes from: Listing Rule chapters and market practice",
        },
        taxa: [...taxa.list].map((taxon) => ({
          id: taxon.id,
          name: taxon.name,
          shortDescription: { text: taxon.name },
        })),
      },
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.cwd) } },
    columnKind: "utf16CodeUnits",
    results: STREAMED_ARRAY,
    invocations: [
      {
        executionSuccessful: fileErrors.length === 0,
        toolExecutionNotifications: fileErrors.map(({ path, error }) => ({
          level: "error",
          descriptor: { id: error.code },
          message: { text: error.message },
          locations: [{ physicalLocation: { artifactLocation: artifact(path, options.cwd) } }],
        })),
      },
    ],
    ...(report.signOff && { properties: { signOff: report.signOff } }),
  };
  return { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] };
}

/**
 * The rules that ran; without them (a report built elsewhere), the rules the findings name.
 * A streamed report has no files yet when this is asked: it relies on the rules that ran.
 */
function ruleList(report: ReportHead & { files?: FileResult[] }): RuleSummary[] {
  const rules = new Map((report.rules ?? []).map((rule) => [rule.id, rule]));
  for (const finding of (report.files ?? []).flatMap((file) => file.findings)) {
    if (!rules.has(finding.ruleId))
      rules.set(finding.ruleId, {
        id: finding.ruleId,
        title: finding.ruleId,
        severity: finding.severity,
        citation: finding.citation,
      });
  }
  return [...rules.values()];
}

interface Taxa {
  list: Taxon[];
  /** rule id → index in list */
  byRule: Map<string, number>;
}

function taxaOf(rules: readonly RuleSummary[]): Taxa {
  const byId = new Map<string, Taxon>();
  for (const rule of rules) {
    const taxon = taxonOf(rule.citation.source);
    byId.set(taxon.id, taxon);
  }
  const list = [...byId.values()].sort(
    (a, b) => a.order - b.order || a.id.localeCompare(b.id, "en", { numeric: true }),
  );
  const index = new Map(list.map((taxon, position) => [taxon.id, position]));
  return {
    list,
    byRule: new Map(rules.map((rule) => [rule.id, index.get(taxonOf(rule.citation.source).id) ?? 0])),
  };
}

function taxonReference(ruleId: string, taxa: Taxa): Json | undefined {
  const index = taxa.byRule.get(ruleId);
  const taxon = index === undefined ? undefined : taxa.list[index];
  return taxon && { id: taxon.id, index, toolComponent: { name: TAXONOMY_NAME, index: 0 } };
}

function descriptor(rule: RuleSummary, taxa: Taxa): Json {
  const target = taxonReference(rule.id, taxa);
  const { source, url, verified, quote } = rule.citation;
  const said = quote ? `\n\n“${quote.trim()}”` : "";
  return {
    id: rule.id,
    name: rule.id.split("/").pop(),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description ?? rule.title },
    helpUri: url,
    help: {
      text: `${source}: ${url}${said}`,
      markdown: `[${source}](${url})${quote ? `\n\n> ${quote.trim()}` : ""}`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      citation: source,
      citationVerified: verified,
      citationBasis: basisOf(rule.citation),
      tags: [rule.id.split("/")[0]],
    },
    ...(target && { relationships: [{ target, kinds: ["relevant"] }] }),
  };
}

function result(
  finding: Finding,
  file: FileResult,
  cwd: string,
  ruleIndex: ReadonlyMap<string, number>,
  taxa: Taxa,
): Json {
  const where = pageAndParagraph(finding.span);
  const laidOut = placedByPage(file);
  const matched = file.checkedText?.slice(finding.span.start.offset, finding.span.end.offset) ?? "";
  const taxon = taxonReference(finding.ruleId, taxa);
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId) ?? 0,
    level: LEVEL[finding.severity],
    kind: "fail",
    message: { text: where ? `${finding.message} (${where})` : finding.message },
    locations: [location(file.path, cwd, region(finding.span, matched, laidOut))],
    partialFingerprints: { "matchedText/v1": fingerprint(finding, matched) },
    properties: { findingKind: finding.kind, citation: finding.citation.source },
    ...(taxon && { taxa: [taxon] }),
    ...(finding.related?.length && {
      relatedLocations: finding.related.map((related, id) => ({
        id,
        message: { text: related.message },
        ...location(file.path, cwd, region(related.span, "", laidOut)),
      })),
    }),
    ...(finding.suggestion && {
      fixes: [
        {
          description: { text: finding.suggestion.message },
          artifactChanges: [
            {
              artifactLocation: artifact(file.path, cwd),
              replacements: [
                {
                  deletedRegion: region(finding.suggestion.span, "", laidOut),
                  insertedContent: { text: finding.suggestion.text },
                },
              ],
            },
          ],
        },
      ],
    }),
    ...(finding.suppressed && {
      suppressions: [
        {
          kind: finding.suppressed.kind === "directive" ? "inSource" : "external",
          status: "accepted",
          justification: finding.suppressed.justification,
        },
      ],
    }),
  };
}

function location(path: string, cwd: string, region: Json): Json {
  return { physicalLocation: { artifactLocation: artifact(path, cwd), region } };
}

/**
 * A text draft's region is lines, columns and characters. A Word or PDF draft's is its page and
 * paragraph (region properties) and the text quoted: the lines and characters of the extracted
 * text point nowhere in the file a viewer opens.
 */
function region(span: Span, snippet: string, laidOut: boolean): Json {
  const { start, end } = span;
  const properties = {
    ...(start.page !== undefined && { page: start.page }),
    ...(start.paragraph !== undefined && { paragraph: start.paragraph }),
    ...(end.page !== undefined && end.page !== start.page && { endPage: end.page }),
    ...(end.paragraph !== undefined && end.paragraph !== start.paragraph && { endParagraph: end.paragraph }),
  };
  // A span the reader could not place by page or paragraph keeps its lines: better than nothing.
  // GitHub code scanning rejects a region without startLine (its rule GH1003), so a Word or PDF
  // finding says line 1 — the file as a whole — and its message and properties say where.
  const lines =
    laidOut && pageAndParagraph(span) !== undefined
      ? { startLine: 1 }
      : {
          startLine: start.line,
          startColumn: start.column,
          endLine: end.line,
          endColumn: end.column,
          charOffset: start.offset,
          charLength: end.offset - start.offset,
        };
  return {
    ...lines,
    ...(snippet !== "" && snippet.length <= MAX_SNIPPET && { snippet: { text: snippet } }),
    ...(Object.keys(properties).length > 0 && { properties }),
  };
}

/** Paths under the working directory are relative to %SRCROOT%; others are absolute file URIs. */
function artifact(path: string, cwd: string): Json {
  const shown = displayPath(path, cwd);
  if (shown !== path || !isAbsolutePath(path)) {
    return { uri: shown.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(path).href };
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path);
}

function directoryUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith("/") ? href : `${href}/`;
}

/**
 * Stable across runs and line shifts: the rule and the matched text with case, width and
 * spacing normalised. A finding with no text (something missing) is identified by its message.
 */
export function fingerprint(finding: Finding, matched: string): string {
  const text = matched.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return sha256(`${finding.ruleId}\u0000${text === "" ? `${finding.kind}:${finding.message}` : text}`);
}
