/**
 * What a reviewer reads in the comment: the finding's message, its severity and rule id, where
 * the requirement comes from, the wording to use, and — when the comment could not sit on the
 * finding's own words — why, with the words it concerns.
 */
import type { AnnotationFinding } from "./types.js";

const SEVERITY_LABEL: Record<string, string> = { error: "Error", warning: "Warning", info: "Info" };
const EXCERPT_LIMIT = 240;

/** The comment's paragraphs; a line break inside one becomes a line break in Word. */
export function commentParagraphs(
  finding: AnnotationFinding,
  placement: { reason?: string; excerpt?: string },
): string[] {
  const paragraphs = [finding.message.trim()];
  const severity = SEVERITY_LABEL[finding.severity] ?? finding.severity;
  paragraphs.push(`${severity} · rule ${finding.ruleId}`);
  const { source, url } = finding.citation;
  paragraphs.push(url ? `Source: ${source} (${url})` : `Source: ${source}`);
  const wording = suggestedWording(finding);
  if (wording) paragraphs.push(wording);
  if (placement.reason) paragraphs.push(placement.reason);
  if (placement.excerpt) paragraphs.push(`It concerns: “${excerptOf(placement.excerpt)}”`);
  // Line breaks become w:br; a carriage return would not survive XML's line-end handling.
  return paragraphs
    .map((paragraph) => xmlSafe(paragraph.replace(/\r\n?/g, "\n")))
    .filter((paragraph) => paragraph !== "");
}

function suggestedWording(finding: AnnotationFinding): string | undefined {
  const text = finding.suggestion?.text.replace(/^\s*\n|\n\s*$/g, "").trim();
  if (text) return `Suggested wording: ${text}`;
  if (finding.suggestion?.message) return `Suggested change: ${finding.suggestion.message.trim()}`;
  if (finding.expected?.trim()) return `Expected wording: ${finding.expected.trim()}`;
  return undefined;
}

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= EXCERPT_LIMIT ? flat : `${flat.slice(0, EXCERPT_LIMIT - 1)}…`;
}

/** Drops what XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF). */
export function xmlSafe(text: string): string {
  let out = "";
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    const lone = code >= 0xd800 && code <= 0xdfff;
    if (!control && !lone && code !== 0xfffe && code !== 0xffff) out += character;
  }
  return out;
}
