/**
 * Reports written while the files are checked (JSON, SARIF): the head goes out before the first
 * file, each file's piece as soon as it and the files before it are checked, the tail at the
 * end. A batch then holds only a running tally, not every file's result, so its memory does not
 * grow with the number of files. The bytes are the same as a report rendered at the end: each
 * reporter makes both from one stream (src/report/types.ts). A report file is still written
 * through a temporary file and renamed when complete, so no half report is ever left.
 */
import { resolve } from "node:path";
import type { CheckReport, FileResult } from "../engine/types.js";
import type { RenderOptions, Reporter, ReportHead, ReportStream } from "../report/types.js";
import { PieceChannel } from "./piece-channel.js";
import { writeFileAtomic } from "./write-output.js";

export interface StreamableOutput {
  format: string;
  path?: string;
  reporter: Reporter;
}

interface OpenOutput {
  stream: ReportStream;
  write: (piece: string) => void;
  /** For a file: its channel and the write running alongside the check. */
  file?: { channel: PieceChannel; written: Promise<unknown> };
}

/** Thrown by `finish` when a report file could not be written. */
export class OutputWriteError extends Error {
  constructor(
    readonly output: StreamableOutput,
    readonly reason: unknown,
  ) {
    super(`cannot write the ${output.format} report to ${output.path}`);
  }
}

export class StreamedOutputs {
  private open: OpenOutput[] = [];

  private constructor(
    private readonly outputs: readonly (StreamableOutput & { stream: (o: RenderOptions) => ReportStream })[],
    private readonly optionsFor: (output: StreamableOutput) => RenderOptions,
    private readonly stdout: (text: string) => void,
  ) {}

  /** Streaming, when every output's format can be streamed; undefined otherwise. */
  static for(
    outputs: readonly StreamableOutput[],
    optionsFor: (output: StreamableOutput) => RenderOptions,
    stdout: (text: string) => void,
  ): StreamedOutputs | undefined {
    const streamable = outputs.flatMap((output) => {
      const stream = output.reporter.stream?.bind(output.reporter);
      return stream ? [{ ...output, stream }] : [];
    });
    if (streamable.length === 0 || streamable.length !== outputs.length) return undefined;
    return new StreamedOutputs(streamable, optionsFor, stdout);
  }

  start(head: ReportHead): void {
    this.open = this.outputs.map((output) => {
      const stream = output.stream(this.optionsFor(output));
      if (output.path === undefined) return { stream, write: this.stdout };
      const channel = new PieceChannel();
      // Caught here and rethrown by finish(): a failed write must not surface as an unhandled rejection.
      const path = resolve(this.optionsFor(output).cwd, output.path);
      const written = writeFileAtomic(path, channel).catch(
        (error: unknown) => error ?? new Error("write failed"),
      );
      return { stream, write: (piece) => channel.push(piece), file: { channel, written } };
    });
    for (const output of this.open) output.write(output.stream.head(head));
  }

  add(file: FileResult): void {
    for (const output of this.open) output.write(output.stream.file(file));
  }

  /** The check stopped with an error: no report file is written, and no temporary copy is left. */
  async abort(): Promise<void> {
    for (const output of this.open) output.file?.channel.abort(new Error("the check stopped"));
    await Promise.all(this.open.map((output) => output.file?.written));
  }

  async finish(report: Omit<CheckReport, "files">): Promise<void> {
    for (const output of this.open) {
      output.write(output.stream.tail(report));
      output.file?.channel.close();
    }
    for (const [index, output] of this.open.entries()) {
      const failure = await output.file?.written;
      if (failure !== undefined) throw new OutputWriteError(this.outputs[index] as StreamableOutput, failure);
    }
  }
}

/**
 * A report rendered once every file is checked (formats that cannot stream, or runs that need
 * all results: fixes, baselines, Word copies). Large formats still come in pieces, each written
 * as it is made, so the report is never one string.
 */
export async function writeRenderedOutputs(
  outputs: readonly StreamableOutput[],
  report: CheckReport,
  optionsFor: (output: StreamableOutput) => RenderOptions,
  write: (text: string) => void,
): Promise<void> {
  for (const output of outputs) {
    const options = optionsFor(output);
    const rendered = output.reporter.renderChunks?.(report, options) ?? [
      output.reporter.render(report, options),
    ];
    if (output.path === undefined) {
      for (const piece of rendered) write(piece);
      continue;
    }
    try {
      await writeFileAtomic(resolve(options.cwd, output.path), rendered);
    } catch (error) {
      throw new OutputWriteError(output, error);
    }
  }
}
