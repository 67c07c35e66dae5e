/**
 * Pattern shapes (required literals, length bounds) are worked out by parsing each pattern,
 * which for the bundled packs' ~170 patterns costs tens of milliseconds at every start-up. The
 * build saves them beside the precompiled packs; a run loads them and analyses only patterns
 * it has not seen (a user's own pack, or an edited one).
 */
import { analysePattern, type PatternShape } from "./pattern-literals.js";

const shapes = new Map<string, PatternShape>();

export function shapeOf(source: string): PatternShape {
  let shape = shapes.get(source);
  if (!shape) {
    shape = analysePattern(source);
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
 * Every pattern is compiled, so every shape asked for, at start-up: they are revived in place
 * (the saved object is freshly parsed JSON) rather than through another JSON round trip.
 */
export function preloadShapes(saved: Record<string, unknown>): void {
  for (const [source, shape] of Object.entries(saved))
    if (!shapes.has(source)) shapes.set(source, withInfinity(shape) as PatternShape);
}

/** The saved value with each "Infinity" string (how exportShapes writes Infinity) turned back. */
function withInfinity(value: unknown): unknown {
  if (value === "Infinity") return Number.POSITIVE_INFINITY;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) value[index] = withInfinity(item);
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const [key, item] of Object.entries(record)) record[key] = withInfinity(item);
  }
  return value;
}
