/**
 * Ctrl-C in the middle of a batch. The first SIGINT (or SIGTERM) asks the run to stop starting
 * new files; the files already checked are reported, the report says it is incomplete, and the
 * exit code is non-zero (130 for SIGINT, 143 for SIGTERM, as shells report them). A second
 * signal stops at once. The batch (check-inputs.ts) consults `requested` before each file;
 * check-command adds `incomplete: true` to the report and returns `exitCode()`.
 *
 * A check in the main thread is synchronous: a signal that arrives during it waits in the event
 * loop until the check ends. `deliverPendingSignals` lets it through before the handlers are
 * removed; without it the signal was swallowed and the run ended as if never asked to stop.
 */
export type InterruptSignal = "SIGINT" | "SIGTERM";

/** What the watcher needs from `process`, so tests can send signals without killing the runner. */
export interface SignalSource {
  on(signal: InterruptSignal, listener: () => void): unknown;
  off(signal: InterruptSignal, listener: () => void): unknown;
}

export interface Interruption {
  /** True once a signal arrived: start no new file. */
  readonly requested: boolean;
  /** The first signal received. */
  readonly signal: InterruptSignal | undefined;
  /** 128 + the signal number when interrupted, else undefined. */
  exitCode(): number | undefined;
  /** Removes the handlers (the default behaviour of the signals returns). */
  dispose(): void;
}

const SIGNAL_NUMBERS: Record<InterruptSignal, number> = { SIGINT: 2, SIGTERM: 15 };

/** `onFirst` is told of the first signal, for a command that waits for one (`disclint serve`). */
export function watchInterrupts(
  source: SignalSource = process,
  stopNow: (code: number) => void = (code) => process.exit(code),
  onFirst: (signal: InterruptSignal) => void = () => {},
): Interruption {
  let signal: InterruptSignal | undefined;
  const listeners = (["SIGINT", "SIGTERM"] as const).map((name) => {
    const listener = () => {
      // A second signal means "stop now", as with every other CLI.
      if (signal !== undefined) stopNow(128 + SIGNAL_NUMBERS[name]);
      else {
        signal = name;
        onFirst(name);
      }
    };
    source.on(name, listener);
    return [name, listener] as const;
  });
  return {
    get requested() {
      return signal !== undefined;
    },
    get signal() {
      return signal;
    },
    exitCode: () => (signal === undefined ? undefined : 128 + SIGNAL_NUMBERS[signal]),
    dispose() {
      for (const [name, listener] of listeners) source.off(name, listener);
    },
  };
}

/**
 * Resolves once the event loop has polled for events again, so a signal that arrived while the
 * thread was busy has reached its handler. Two hops: the first immediate may run in the same
 * loop iteration as the callback that did the work, before any further poll.
 */
export function deliverPendingSignals(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
