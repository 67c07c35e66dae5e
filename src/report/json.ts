/** The machine-readable report; schemas/report.schema.json describes it. */
import type { Reporter } from "./types.js";

export const jsonReporter: Reporter = {
  name: "json",
  render(report) {
    // The checked text is kept in memory for code frames only; it is not part of the report.
    return `${JSON.stringify(report, (key, value) => (key === "checkedText" ? undefined : value), 2)}\n`;
  },
};
