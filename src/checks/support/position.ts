/**
 * Where in a document a statement must stand: `top`, `end`, or before/after the first match of
 * a pattern. A before/after constraint whose reference is absent is not applied, since we
 * cannot tell where the statement belongs.
 */
import type { Document, Region } from "../../document/types.js";
import type { Pattern } from "../../patterns/pattern.js";
import type { CompileContext, JsonSchema } from "../types.js";
import { directScans, type TextScans } from "./text-scans.js";

export type RegionName = "top" | "end";
/** `label` names the reference in messages ("the signature block") instead of its pattern. */
export type PositionOption =
  | RegionName
  | { before: string; label?: string }
  | { after: string; label?: string };

export const regionNameSchema: JsonSchema = { type: "string", enum: ["top", "end"] };

const referenceSchema = (key: "before" | "after"): JsonSchema => ({
  type: "object",
  additionalProperties: false,
  required: [key],
  properties: { [key]: { type: "string", minLength: 1 }, label: { type: "string", minLength: 1 } },
});

export const positionSchema: JsonSchema = {
  oneOf: [regionNameSchema, referenceSchema("before"), referenceSchema("after")],
};

export function regionOf(document: Document, name: RegionName): Region {
  return document.regions[name];
}

/** A position constraint bound to one document. */
export interface PlacedPosition {
  /** True when a statement starting at `start` satisfies the constraint (or it does not apply). */
  accepts(start: number): boolean;
  /** Where a missing statement is shown, and inserted by the suggestion. */
  insertAt: number;
  /** True when the statement goes after the insertion point's text (so it is prefixed with a break). */
  insertAfter: boolean;
}

export interface CompiledPosition {
  /** "at the top of the first page", for messages. */
  description: string;
  /** True when candidates near the end of the document are the likeliest. */
  prefersEnd: boolean;
  /** `scans`: the document's whole-text scans, when the caller keeps them (text-scans.ts). */
  place(document: Document, scans?: TextScans): PlacedPosition;
}

const anywhere: CompiledPosition = {
  description: "anywhere in the document",
  prefersEnd: false,
  place: (document) => ({ accepts: () => true, insertAt: document.normalised.length, insertAfter: true }),
};

export function compilePosition(
  option: PositionOption | undefined,
  context: CompileContext,
): CompiledPosition {
  if (option === undefined) return anywhere;
  if (option === "top" || option === "end") return regionPosition(option);
  if ("before" in option)
    return referencePosition("before", context.compilePattern(option.before), option.label);
  return referencePosition("after", context.compilePattern(option.after), option.label);
}

function regionPosition(name: RegionName): CompiledPosition {
  return {
    description: name === "top" ? "at the top of the first page" : "at the end of the document",
    prefersEnd: name === "end",
    place(document) {
      const region = regionOf(document, name);
      return {
        accepts: (start) => start >= region.start && start < Math.max(region.end, region.start + 1),
        // A statement missing from the end is added after the last paragraph: the end region
        // may start mid-sentence (it is a character count when no signature block is found).
        insertAt: name === "end" ? document.normalised.length : region.start,
        insertAfter: name === "end",
      };
    },
  };
}

function referencePosition(
  relation: "before" | "after",
  reference: Pattern,
  label: string | undefined,
): CompiledPosition {
  return {
    description: `${relation} ${label ?? `"${reference.source}"`}`,
    prefersEnd: relation === "after",
    place(document, scans = directScans(document.normalised)) {
      const found = scans.first(reference);
      if (found === undefined) return { ...anywhere.place(document) };
      return relation === "before"
        ? { accepts: (start) => start < found.start, insertAt: found.start, insertAfter: false }
        : { accepts: (start) => start >= found.start, insertAt: found.end, insertAfter: true };
    },
  };
}
