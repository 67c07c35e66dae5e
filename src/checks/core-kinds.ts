/** The core check kinds: statements that must, must not, or must consistently appear. */
import { conditional } from "./conditional.js";
import { consistency } from "./consistency.js";
import { forbidden } from "./forbidden.js";
import { required } from "./required.js";
import type { CheckKind } from "./types.js";

export const coreCheckKinds: CheckKind[] = [required, forbidden, conditional, consistency];
