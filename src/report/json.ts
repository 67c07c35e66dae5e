/** The machine-readable report; schemas/report.schema.json describes it. */
import type { CheckReport, FileResult } from "../engine/types.js";
import { STREAMED_ARRAY, StreamedJsonArray } from "./streamed-json.js";
import { chunksOfStream, type Reporter, type ReportStream } from "./types.js";

/**
 * The checked text is kept in memory for code frames only; it is not part of the report. It is
 * left out of each file (the only place it is), not by a replacer: JSON.stringify calls a
 * replacer for every key and value, which made writing the report a tenth of a batch's main thread.
 */
function withoutText(file: FileResult): Omit<FileResult, "checkedText"> {
  if (file.checkedText === undefined) return file;
  const { checkedText: _text, ...rest } = file;
  return rest;
}

/** The report's keys in their order, files first after the tool, as a report is built. */
function stream(): ReportStream {
  const files = new StreamedJsonArray();
  return {
    head: (report) => files.head({ tool: report.tool, files: STREAMED_ARRAY }),
    file: (file) => files.item(withoutText(file)),
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
