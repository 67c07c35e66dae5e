/**
 * LibreOffice as an independent Word reader: `soffice --headless --convert-to` opens a .docx as a
 * user's word processor would and writes PDF or flat ODF XML (.fodt), whose office:annotation
 * elements are the comments it read. A file it cannot open makes it print "Error: source file
 * could not be loaded" and write nothing, while still exiting 0, so success is judged by the
 * files written and by what it printed.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { Parser } from "htmlparser2";

export const SOFFICE = "/usr/bin/soffice";
const run = promisify(execFile);

export function requireLibreOffice(): void {
  if (!existsSync(SOFFICE)) {
    throw new Error(
      `${SOFFICE} is missing: the Word round-trip is tested in LibreOffice ` +
        "(apt-get install -y --no-install-recommends libreoffice-writer-nogui)",
    );
  }
}

export async function libreOfficeVersion(): Promise<string> {
  const { stdout } = await run(SOFFICE, ["--version"], { timeout: 60_000 });
  return stdout.trim();
}

/** A private user profile, so tests never share (or lock) one with another LibreOffice. */
const profile = pathToFileURL(mkdtempSync(join(tmpdir(), "disclint-lo-profile-"))).href;

/**
 * Converts files to another format (pdf, fodt, docx) in one LibreOffice run; returns the paths
 * written, and throws, quoting LibreOffice, for any file it could not open or convert.
 */
export async function convert(files: readonly string[], format: string, outdir: string): Promise<string[]> {
  const { stdout, stderr } = await run(
    SOFFICE,
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", format, "--outdir", outdir, ...files],
    { timeout: 180_000 },
  );
  const said = `${stdout}${stderr}`;
  const extension = format.split(":")[0] ?? format;
  const written = files.map((file) => join(outdir, `${basename(file).replace(/\.[^.]+$/, "")}.${extension}`));
  const missing = written.filter((path) => !existsSync(path));
  if (missing.length > 0 || /Error:/.test(said))
    throw new Error(`LibreOffice did not convert ${missing.join(", ") || "every file"}:\n${said}`);
  return written;
}

export interface Annotation {
  author: string;
  initials: string;
  /** The comment's paragraphs, joined by newlines. */
  text: string;
  /** The document text between the annotation and its annotation-end ("" for a point comment). */
  range: string;
}

export interface FlatDocument {
  annotations: Annotation[];
  /** The body text as LibreOffice holds it, paragraphs joined by blank lines. */
  text: string;
  /** How many tracked changes LibreOffice read. */
  trackedChanges: number;
}

/** Reads an .fodt: its comments with the text they span, its text and its tracked changes. */
export function readFlatDocument(path: string): FlatDocument {
  const annotations: Annotation[] = [];
  const open = new Map<string, Annotation>();
  let scopes: Map<string, Annotation>[] = [];
  let text = "";
  let trackedChanges = 0;
  let inBody = false;
  /** Text counts only inside paragraphs and headings (the rest is the file's indentation). */
  let inParagraph = 0;
  let skipped = 0;
  const deletions = new Set<string>();
  let region: string | undefined;
  let deleting = 0;
  let annotation: (Annotation & { name: string; field: string | undefined }) | undefined;
  const append = (piece: string) => {
    if (!inBody || skipped > 0 || inParagraph === 0) return;
    if (annotation) {
      if (annotation.field === "text:p") annotation.text += piece;
      else if (annotation.field === "dc:creator") annotation.author += piece;
      else if (annotation.field === "meta:creator-initials") annotation.initials += piece;
      return;
    }
    if (deleting > 0) return;
    text += piece;
    for (const range of open.values()) range.range += piece;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "office:text") inBody = true;
        if (name === "text:changed-region") {
          trackedChanges++;
          region = attributes["text:id"];
        }
        if (name === "text:deletion" && region) deletions.add(region);
        // LibreOffice keeps deleted text in place, between change-start and change-end.
        if (name === "text:change-start" && deletions.has(attributes["text:change-id"] ?? "")) deleting++;
        if (name === "text:change-end" && deletions.has(attributes["text:change-id"] ?? ""))
          deleting = Math.max(0, deleting - 1);
        if (!annotation && (name === "text:p" || name === "text:h")) inParagraph++;
        if (SKIPPED.has(name)) skipped++;
        if (name === "office:annotation") {
          annotation = {
            author: "",
            initials: "",
            text: "",
            range: "",
            name: attributes["office:name"] ?? "",
            field: undefined,
          };
        } else if (
          annotation &&
          (name === "text:p" || name === "dc:creator" || name === "meta:creator-initials")
        ) {
          if (name === "text:p" && annotation.text !== "") annotation.text += "\n";
          annotation.field = name;
        } else if (name === "office:annotation-end") open.delete(attributes["office:name"] ?? "");
        else if (name === "text:note-body") {
          // A note's text is not part of the text around its reference.
          scopes = [...scopes, new Map(open)];
          open.clear();
        } else if (name === "text:s") append(" ".repeat(Number(attributes["text:c"] ?? "1")));
        else if (name === "text:tab") append("\t");
        else if (name === "text:line-break") append("\n");
      },
      ontext(piece) {
        append(piece);
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipped--;
        if (name === "office:annotation" && annotation) {
          const { name: annotationName, field: _field, ...read } = annotation;
          annotations.push(read);
          if (annotationName !== "") open.set(annotationName, read);
          annotation = undefined;
        } else if (annotation && name === annotation.field) annotation.field = undefined;
        else if (!annotation && (name === "text:p" || name === "text:h")) {
          append("\n\n");
          inParagraph--;
        } else if (name === "text:note-body") {
          const saved = scopes.pop();
          open.clear();
          for (const [key, value] of saved ?? []) open.set(key, value);
        } else if (name === "office:text") inBody = false;
      },
    },
    { xmlMode: true },
  );
  parser.end(readFileSync(path, "utf8"));
  return { annotations, text: text.trimEnd(), trackedChanges };
}

/** Outside the running text: the tracked-change log (deleted text) and note citation marks. */
const SKIPPED = new Set(["text:tracked-changes", "text:note-citation", "text:sequence-decls"]);
