/**
 * Reading ahead: while one file is checked (synchronous work on the main thread or a wait on a
 * worker), the next few files are already being read, so a batch does not stop at every file
 * to wait for the disk (one-file-at-a-time reads were ~11% of a batch's profile).
 */

/** How many queued files are read ahead of the one being checked. */
export const READ_AHEAD = 4;

export interface PrefetchingRead {
  /** The bytes: the read started early when there was one, else a new read. */
  read: () => Promise<Uint8Array>;
  /** Starts the read now, if it has not started; its failure waits for `read` to report it. */
  prefetch: () => void;
}

/**
 * A read that can start early. Its result is handed over once and then forgotten, so the bytes
 * of a checked file are not kept alive by its input until the end of the run.
 */
export function prefetchingRead(readNow: () => Promise<Uint8Array>): PrefetchingRead {
  let early: Promise<Uint8Array> | undefined;
  return {
    read: () => {
      const bytes = early ?? readNow();
      early = undefined;
      return bytes;
    },
    prefetch: () => {
      if (early) return;
      early = readNow();
      // Observed here so an early failure is not an unhandled rejection; `read` still gets it.
      early.catch(() => undefined);
    },
  };
}
