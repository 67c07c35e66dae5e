/** The machine-readable report; schemas/report.schema.json describes it. */
import type { CheckReport } from "../engine/types.js";
import { STREAMED_ARRAY, StreamedJsonArray } from "./streamed-json.js";
import { chunksOfStream, type Reporter, type ReportStream } from "./types.js";

// The checked text is kept in memory for code frames only; it is not part of the report.
const withoutText = (key: string, value: unknown) => (key === "checkedText" ? undefined : value);

/** The report's keys in their order, files first after the tool, as a report is built. */
function stream(): ReportStream {
  const files = new StreamedJsonArray(withoutText);
  return {
    head: (report) => files.head({ tool: report.tool, files: STREAMED_ARRAY }),
    file: (file) => files.item(file),
    tail: ({ tool, ...rest }) => files.tail({ tool, files: STREAMED_ARRAY, ...withoutFiles(rest) }),
  };
}

function withoutFiles<T extends object>(report: T): Omit<T, "files"> {
  const { files: _files, ...rest } = report as T & { files?: unknown };
  return rest;
}

function chunks(report: CheckReport): Iterable<string> {
  return chunksOfStream(stream(), report);
}

export const jsonReporter: Reporter = {
  name: "json",
  render: (report) => [...chunks(report)].join(""),
  renderChunks: chunks,
  stream,
};
