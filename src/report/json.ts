/** The machine-readable report; schemas/report.schema.json describes it. */
import type { CheckReport } from "../engine/types.js";
import { jsonChunks, STREAMED_ARRAY } from "./streamed-json.js";
import type { Reporter } from "./types.js";

// The checked text is kept in memory for code frames only; it is not part of the report.
const withoutText = (key: string, value: unknown) => (key === "checkedText" ? undefined : value);

function chunks(report: CheckReport): Iterable<string> {
  return jsonChunks({ ...report, files: STREAMED_ARRAY }, report.files, withoutText);
}

export const jsonReporter: Reporter = {
  name: "json",
  render: (report) => [...chunks(report)].join(""),
  renderChunks: chunks,
};
