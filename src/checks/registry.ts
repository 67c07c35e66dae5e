/**
 * Every check kind disclint knows, by the name a rule writes in `check.kind`. A new kind is its
 * own file under src/checks/ (see CONTRIBUTING.md) and one line in this list: the pack schema,
 * the placeholder checks, `disclint rules kinds` and docs/rule-format.md all read it from here.
 */
import { arithmetic } from "./arithmetic.js";
import { board } from "./board.js";
import { classification } from "./classification.js";
import { conditional } from "./conditional.js";
import { consistency } from "./consistency.js";
import { counting } from "./counting.js";
import { dates } from "./dates.js";
import { definitions } from "./definitions.js";
import { forbidden } from "./forbidden.js";
import { haltDuration } from "./halt-duration.js";
import { noticePeriod } from "./notice-period.js";
import { oldReferences } from "./old-references.js";
import { parity } from "./parity.js";
import { reportingDeadline } from "./reporting-deadline.js";
import { required } from "./required.js";
import type { CheckKind } from "./types.js";

const KINDS: readonly CheckKind[] = [
  required,
  forbidden,
  conditional,
  consistency,
  board,
  arithmetic,
  dates,
  definitions,
  noticePeriod,
  classification,
  haltDuration,
  parity,
  oldReferences,
  counting,
  reportingDeadline,
];

export const CHECK_KINDS: ReadonlyMap<string, CheckKind> = new Map(KINDS.map((kind) => [kind.name, kind]));
