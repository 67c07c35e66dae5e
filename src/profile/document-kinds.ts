/** The kinds a profile says the document is, main kind first. */
import type { Profile } from "./types.js";

/** The document's kinds (a profile built by an older caller may name only one). */
export function documentKindsOf(profile: Profile): string[] {
  if (profile.documentKinds) return profile.documentKinds.value;
  return profile.documentKind ? [profile.documentKind.value] : [];
}
