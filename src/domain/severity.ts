/** How much a finding weighs: `error` is a verified Listing Rule breach (see STYLE.md). */
export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Heaviest first: sorting, --fail-on and --max-warnings all compare severities this way. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
