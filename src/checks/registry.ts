/** Every check kind disclint knows, by the name used in YAML. */
import { coreCheckKinds } from "./core-kinds.js";
import { countingCheck } from "./counting.js";
import { eventCheckKinds } from "./event-kinds.js";
import { oldReferences } from "./old-references.js";
import { parity } from "./parity-kind.js";
import { reportingDeadline } from "./reporting-deadline.js";
import { structuredCheckKinds } from "./structured-kinds.js";
import type { CheckKind } from "./types.js";

export const CHECK_KINDS: ReadonlyMap<string, CheckKind> = new Map(
  [
    ...coreCheckKinds,
    ...structuredCheckKinds,
    ...eventCheckKinds,
    parity,
    oldReferences,
    countingCheck as CheckKind,
    reportingDeadline as CheckKind,
  ].map((kind) => [kind.name, kind as CheckKind]),
);
