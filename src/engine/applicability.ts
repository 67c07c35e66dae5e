/**
 * Decides whether a rule applies to a document, given what we know of the issuer. When the
 * answer depends on a fact nobody gave, the rule is "undetermined" and names the config key
 * that would decide it, instead of being skipped silently.
 */
import type { Document } from "../document/types.js";
import { documentKindsOf } from "../profile/document-kinds.js";
import type { Profile } from "../profile/types.js";
import type { Rule } from "../rules/types.js";

export type Applicability =
  | { status: "applies" }
  | { status: "not-applicable"; reason: string }
  | { status: "undetermined"; configKey: string; reason: string };

const APPLIES: Applicability = { status: "applies" };

export function applicability(rule: Rule, profile: Profile, document: Document): Applicability {
  const scope = rule.appliesTo;
  if (!scope) return APPLIES;
  if (scope.languages && !scope.languages.includes(document.language)) {
    return { status: "not-applicable", reason: `not checked in ${document.language} documents` };
  }
  const asOf = profile.asOf.value;
  if (scope.effective?.from && asOf < scope.effective.from) {
    return {
      status: "not-applicable",
      reason: `in force from ${scope.effective.from} (checked as of ${asOf})`,
    };
  }
  if (scope.effective?.until && asOf >= scope.effective.until) {
    return {
      status: "not-applicable",
      reason: `in force until ${scope.effective.until} (checked as of ${asOf})`,
    };
  }
  // A document may be of several kinds: a rule applies when it is of any of the rule's kinds,
  // and not when it is of any kind the rule excepts.
  const kinds = documentKindsOf(profile);
  if (kinds.length > 0 && scope.documentKinds && !kinds.some((kind) => scope.documentKinds?.includes(kind))) {
    return {
      status: "not-applicable",
      reason: `applies to ${scope.documentKinds.join(", ")}, not ${kinds.join(" or ")}`,
    };
  }
  const excepted = kinds.find((kind) => scope.exceptDocumentKinds?.includes(kind));
  if (excepted) {
    return { status: "not-applicable", reason: `does not apply to ${excepted}` };
  }
  if (scope.boards) {
    const board = profile.board?.value;
    if (!board) {
      return {
        status: "undetermined",
        configKey: "issuer.board",
        reason: `applies only to ${scope.boards.join("/")} issuers and the board is not known`,
      };
    }
    if (!scope.boards.includes(board))
      return { status: "not-applicable", reason: `not for ${board} issuers` };
  }
  if (scope.regimes) {
    const regimes = profile.regimes?.value;
    if (!regimes) {
      return {
        status: "undetermined",
        configKey: "issuer.regimes",
        reason: `applies only to Chapter ${scope.regimes.join("/")} issuers and the issuer's regimes are not known`,
      };
    }
    if (!scope.regimes.some((regime) => regimes.includes(regime))) {
      return {
        status: "not-applicable",
        reason: `applies only to Chapter ${scope.regimes.join("/")} issuers`,
      };
    }
  }
  return APPLIES;
}
