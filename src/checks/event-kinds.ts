/** Check kinds for event announcements: notice periods and transaction classification. */
import { classification } from "./classification.js";
import { haltDuration } from "./halt-duration.js";
import { noticePeriod } from "./notice-period.js";
import type { CheckKind } from "./types.js";

export const eventCheckKinds: CheckKind[] = [
  noticePeriod as CheckKind,
  classification as CheckKind,
  haltDuration as CheckKind,
];
