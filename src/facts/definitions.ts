/**
 * Defined terms: glossary entries (a line starting with a quoted term under a DEFINITIONS /
 * 釋義 heading) and inline definitions (`(the "Company")`, `（「本公司」）`, `(collectively, the
 * "Placees")`). Glossary lines are read from the ORIGINAL text, where line breaks survive, and
 * mapped to normalised offsets.
 */
import type { Document } from "../document/types.js";
import type { DefinitionFact } from "./types.js";

const OPEN_QUOTE = '"“「『';
const CLOSE_QUOTE = '"”」』';
const TERM = `[${OPEN_QUOTE}]([^${OPEN_QUOTE}${CLOSE_QUOTE}()（）\\n]{1,80})[${CLOSE_QUOTE}]`;

const INLINE_OPEN = new RegExp(`[(（]([^()（）${OPEN_QUOTE}${CLOSE_QUOTE}\\n]{0,30}?)${TERM}`, "g");
const MORE_TERMS = new RegExp(`^\\s*(?:,|or|and|及|或|、|，)\\s*(?:the\\s+)?${TERM}`, "i");
const INLINE_CLOSE = /^[^()（）"“”「」]{0,40}[)）]/;
/** Words that may precede the term inside the parenthesis. */
const INLINE_PREFIX =
  /^(?:\s*|\s*(?:the|a|an|each|each\s+an?|collectively,?(?:\s+the)?|together,?(?:\s+the)?|individually,?(?:\s+an?)?|hereinafter(?:\s+referred\s+to\s+as)?(?:\s+the)?|referred\s+to\s+as(?:\s+the)?|統稱|各稱|下稱|以下簡稱|簡稱|合稱|各自|分別)\s*)$/i;

function inlineDefinitions(text: string): DefinitionFact[] {
  const found: DefinitionFact[] = [];
  for (const match of text.matchAll(INLINE_OPEN)) {
    if (!INLINE_PREFIX.test(match[1] ?? "")) continue;
    const terms: { term: string; start: number }[] = [];
    const firstTerm = match[2] ?? "";
    terms.push({ term: firstTerm, start: match.index + match[0].length - firstTerm.length - 1 });
    let cursor = match.index + match[0].length;
    for (let more = MORE_TERMS.exec(text.slice(cursor, cursor + 120)); more; ) {
      const term = more[1] ?? "";
      terms.push({ term, start: cursor + more[0].length - term.length - 1 });
      cursor += more[0].length;
      more = MORE_TERMS.exec(text.slice(cursor, cursor + 120));
    }
    const close = INLINE_CLOSE.exec(text.slice(cursor, cursor + 41));
    if (!close) continue;
    const entry = { start: match.index, end: cursor + close[0].length };
    for (const { term, start } of terms) {
      found.push({ start, end: start + term.length, term: term.trim(), source: "inline", entry });
    }
  }
  return found;
}

const GLOSSARY_HEADING =
  /^\s*(?:#+\s*)?(?:DEFINITIONS|Definitions|釋義|定義)\s*$|the\s+following\s+expressions\s+(?:shall\s+)?have\s+the\s+(?:following\s+)?meanings|除文義另有所指外.{0,20}(?:下列詞彙|以下詞彙)/m;
const ENTRY_LINE = new RegExp(`^[ \\t]*${TERM}`);
/** A glossary ends where entries stop for this many lines. */
const GLOSSARY_GAP = 40;

function glossaryDefinitions(document: Document): DefinitionFact[] {
  const original = document.original;
  const heading = GLOSSARY_HEADING.exec(original);
  if (!heading) return [];
  const found: DefinitionFact[] = [];
  let offset = heading.index + heading[0].length;
  let sinceEntry = 0;
  for (const line of original.slice(offset).split("\n")) {
    const entry = ENTRY_LINE.exec(line);
    if (entry) {
      const term = entry[1] ?? "";
      const termAt = offset + entry[0].length - term.length - 1;
      const start = document.toNormalised(termAt);
      const end = document.toNormalised(termAt + term.length);
      const lineEnd = document.toNormalised(offset + line.length);
      found.push({ start, end, term: term.trim(), source: "glossary", entry: { start, end: lineEnd } });
      sinceEntry = 0;
    } else if (found.length > 0 && line.trim() !== "" && ++sinceEntry > GLOSSARY_GAP) {
      break;
    }
    offset += line.length + 1;
  }
  return found;
}

/** Every definition, in document order. */
export function extractDefinitions(document: Document): DefinitionFact[] {
  const all = [...glossaryDefinitions(document), ...inlineDefinitions(document.normalised)];
  return all.sort((a, b) => a.start - b.start);
}
