/**
 * `disclint check … | head` closes standard output early: stop quietly, as other command-line
 * tools do, instead of dying on an unhandled EPIPE with a stack trace. Node built-ins only: the
 * daemon client (src/cli/daemon/client.ts) uses it too.
 */
export function exitQuietlyWhenReaderHangsUp(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}
