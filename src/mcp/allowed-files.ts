/**
 * The folders a user lets the MCP server read (`disclint mcp --root <dir>`), and reading a draft
 * inside them. A model chooses the paths, so a path is refused unless both the path as written
 * and the file it really is (after `..` and every symbolic link) lie inside an allowed folder;
 * the file actually opened is checked again through /proc where the system has it, so a link
 * swapped in between the check and the open does not lead out either. Only drafts are read: a
 * regular file (a FIFO or a device would block or never end) of a type disclint reads, not
 * hidden — else a model could have a .env, a key or the .git folder quoted back in findings.
 */
import { constants, realpathSync, statSync } from "node:fs";
import { open, readlink, realpath, stat } from "node:fs/promises";
import { basename, extname, isAbsolute, relative, resolve, sep } from "node:path";
import { SUPPORTED_EXTENSIONS } from "../document/read-input.js";
import { DEFAULT_MAX_INPUT_BYTES, formatBytes } from "../document/reader-limits.js";
import { UsageError } from "../domain/usage-error.js";

export interface AllowedRoot {
  /** The folder as the user named it, made absolute. */
  given: string;
  /** The same folder with its symbolic links resolved. */
  real: string;
}

/** The roots the server was started with; a root that is not a folder stops the start. */
export function allowedRoots(dirs: readonly string[], cwd: string): AllowedRoot[] {
  return dirs.map((dir) => {
    const given = resolve(cwd, dir);
    let real: string;
    try {
      real = realpathSync(given);
    } catch {
      throw new UsageError(`--root ${dir}: no such folder`);
    }
    if (!statSync(real).isDirectory()) throw new UsageError(`--root ${dir}: not a folder`);
    return { given, real };
  });
}

export interface AllowedFile {
  /** The path as asked for, made absolute: its folder decides which .disclint.yaml applies. */
  path: string;
  /** The path relative to the root it lies in, for the results. */
  displayPath: string;
  bytes: Uint8Array;
}

/** Reads the draft at `requested` if it lies inside an allowed folder; else a UsageError says why. */
export async function readAllowedFile(
  requested: string,
  roots: readonly AllowedRoot[],
  maxBytes = DEFAULT_MAX_INPUT_BYTES,
): Promise<AllowedFile> {
  const { path, real, root } = await locateAllowedFile(requested, roots);
  if ((await stat(real)).isDirectory()) throw new UsageError(`${requested}: is a folder, not a draft`);
  refuseNonDrafts(requested, [relative(root.given, path), relativeToRoot(real, roots)]);
  const bytes = await readRegularFile(requested, real, roots, maxBytes);
  return { path, displayPath: relative(root.given, path).split(sep).join("/"), bytes };
}

/**
 * Where `requested` is, as written (relative paths start at the first root) and with its links
 * resolved, when both lie inside an allowed folder; nothing is opened.
 */
export async function locateAllowedFile(
  requested: string,
  roots: readonly AllowedRoot[],
): Promise<{ path: string; real: string; root: AllowedRoot }> {
  const first = roots[0];
  if (!first) throw new UsageError("the server was started without a folder to read from");
  const path = resolve(first.given, requested);
  const root = roots.find((candidate) => isInside(path, candidate.given));
  if (!root) throw outside(requested, roots);
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    throw new UsageError(`${requested}: no such file`);
  }
  if (!roots.some((candidate) => isInside(real, candidate.real))) throw outside(requested, roots);
  return { path, real, root };
}

/**
 * Both the path as asked for and the file it leads to must be of a type disclint reads, inside
 * no hidden folder. A file without an extension is refused too, though the CLI reads one as text.
 */
function refuseNonDrafts(requested: string, insideRoot: readonly string[]): void {
  for (const path of insideRoot) {
    if (path.split(sep).some((part) => part.startsWith(".")))
      throw new UsageError(
        `${requested}: a hidden file or folder, not a draft; check_file reads no hidden files`,
      );
    if (!SUPPORTED_EXTENSIONS.includes(extname(basename(path)).toLowerCase()))
      throw new UsageError(
        `${requested}: not a draft announcement; check_file reads ${SUPPORTED_EXTENSIONS.join(", ")} files`,
      );
  }
}

/** The real path relative to the real root it lies in (locateAllowedFile made sure there is one). */
function relativeToRoot(real: string, roots: readonly AllowedRoot[]): string {
  const root = roots.find((candidate) => isInside(real, candidate.real));
  return root ? relative(root.real, real) : real;
}

async function readRegularFile(
  requested: string,
  real: string,
  roots: readonly AllowedRoot[],
  maxBytes: number,
): Promise<Uint8Array> {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: the last part is no link.
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
  const handle = await open(real, flags).catch((error: unknown) => {
    throw new UsageError(`${requested}: cannot be opened (${reasonOf(error)})`);
  });
  try {
    const opened = await openedPath(handle.fd);
    if (opened !== undefined && !roots.some((root) => isInside(opened, root.real)))
      throw outside(requested, roots);
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new UsageError(`${requested}: is a folder, not a draft`);
    if (!stats.isFile()) throw new UsageError(`${requested}: not a regular file`);
    if (stats.size > maxBytes)
      throw new UsageError(
        `${requested}: the file is ${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} limit`,
      );
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** What the descriptor really points at (Linux), or undefined where /proc is not there. */
async function openedPath(fd: number): Promise<string | undefined> {
  try {
    return await readlink(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
}

function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  const climbs = fromFolder === ".." || fromFolder.startsWith(`..${sep}`);
  return !climbs && !isAbsolute(fromFolder);
}

function outside(requested: string, roots: readonly AllowedRoot[]): UsageError {
  const folders = roots.map((root) => root.given).join(", ");
  return new UsageError(
    `${requested}: outside the folders this server may read (${folders}); start it with --root to allow another`,
  );
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ELOOP") return "it is a symbolic link";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return code ?? (error instanceof Error ? error.message : String(error));
}
