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
import { jsonChunks, STREAMED_ARRAY } from "./streamed-json.js";
import type { RenderOptions, Reporter } from "./types.js";

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
  render: (report, options) => [...chunks(report, options)].join(""),
  renderChunks: chunks,
};

/** The log, its results made one at a time as they are written (see streamed-json.ts). */
function chunks(report: CheckReport, options: RenderOptions): Iterable<string> {
  const rules = ruleList(report);
  const taxa = taxaOf(rules);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  function* results(): Generator<Json> {
    for (const file of report.files) {
      for (const finding of file.findings) yield result(finding, file, options.cwd, ruleIndex, taxa);
    }
  }
  const fileErrors = report.files.flatMap((file) => file.errors.map((error) => ({ file, error })));
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
    invocations: [
      {
        executionSuccessful: fileErrors.length === 0,
        toolExecutionNotifications: fileErrors.map(({ file, error }) => ({
          level: "error",
          descriptor: { id: error.code },
          message: { text: error.message },
          locations: [{ physicalLocation: { artifactLocation: artifact(file.path, options.cwd) } }],
        })),
      },
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.cwd) } },
    columnKind: "utf16CodeUnits",
    results: STREAMED_ARRAY,
    ...(report.signOff && { properties: { signOff: report.signOff } }),
  };
  const log = { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] };
  return jsonChunks(log, results());
}

/** The rules that ran; without them (a report built elsewhere), the rules the findings name. */
function ruleList(report: CheckReport): RuleSummary[] {
  const rules = new Map((report.rules ?? []).map((rule) => [rule.id, rule]));
  for (const finding of report.files.flatMap((file) => file.findings)) {
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
