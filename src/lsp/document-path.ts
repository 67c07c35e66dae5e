/**
 * The file-system path disclint uses for an editor document: a file: URI's own path (so the
 * nearest .disclint.yaml applies), or, for unsaved buffers, the buffer's name inside the
 * workspace (so the workspace's config applies and the extension still picks the reader).
 */
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CONFIG_FILE_NAMES } from "../config/load-config.js";

export function documentPath(uri: string, workspaceRoot: string): string {
  if (uri.startsWith("file:")) return fileURLToPath(uri);
  const name = basename(decodeURIComponent(uri.replace(/^[a-z][a-z0-9+.-]*:/i, "")));
  return join(workspaceRoot, name || "untitled");
}

export function isConfigUri(uri: string): boolean {
  const name = basename(decodeURIComponent(uri));
  return CONFIG_FILE_NAMES.includes(name);
}
