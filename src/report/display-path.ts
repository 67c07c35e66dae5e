import { relative, sep } from "node:path";

/** Paths under the working directory are shown relative to it (with /), others as they are. */
export function displayPath(path: string, cwd: string): string {
  if (path === "-" || path.startsWith("<")) return path;
  const shown = relative(cwd, path);
  return shown === "" || shown.startsWith("..") ? path : shown.split(sep).join("/");
}
