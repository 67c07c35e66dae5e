/** The check kinds that work on extracted facts rather than on patterns. */
import { arithmeticCheck } from "./arithmetic.js";
import { boardCheck } from "./board.js";
import { datesCheck } from "./dates.js";
import { definitionsCheck } from "./definitions.js";
import type { CheckKind } from "./types.js";

export const structuredCheckKinds: CheckKind[] = [
  boardCheck as CheckKind,
  arithmeticCheck as CheckKind,
  datesCheck as CheckKind,
  definitionsCheck as CheckKind,
];
