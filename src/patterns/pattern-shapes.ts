/**
 * Pattern shapes (required literals, length bounds) are worked out by parsing each pattern,
 * which for the bundled packs' ~170 patterns costs tens of milliseconds at every start-up. The
 * build saves them beside the precompiled packs; a run loads them and analyses only patterns
 * it has not seen (a user's own pack, or an edited one).
 */
import { analysePattern, type PatternShape } from "./pattern-literals.js";

const shapes = new Map<string, PatternShape>();
/** Shapes from the build, still in their JSON form. */
const savedShapes = new Map<string, unknown>();

export function shapeOf(source: string): PatternShape {
  let shape = shapes.get(source);
  if (!shape) {
    const saved = savedShapes.get(source);
    shape = saved === undefined ? analysePattern(source) : revive(saved);
    shapes.set(source, shape);
  }
  return shape;
}

/** Every shape analysed so far, in a JSON-safe form (Infinity written as a string). */
export function exportShapes(): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(Object.fromEntries(shapes), (_key, value) =>
      value === Number.POSITIVE_INFINITY ? "Infinity" : value,
    ),
  );
}

/**
 * Shapes saved by the build; a pattern's source is its key, so a changed pattern is re-analysed.
 * Each is revived when first asked for: a document needs a fraction of the ~600.
 */
export function preloadShapes(saved: Record<string, unknown>): void {
  for (const [source, shape] of Object.entries(saved))
    if (!savedShapes.has(source)) savedShapes.set(source, shape);
}

function revive(saved: unknown): PatternShape {
  return JSON.parse(JSON.stringify(saved), (_key, value) =>
    value === "Infinity" ? Number.POSITIVE_INFINITY : value,
  ) as PatternShape;
}
