/** A config's `ignore:` globs, matched against paths relative to the config file's folder. */
import { createRequire } from "node:module";
import { relative } from "node:path";
import type { LoadedConfig } from "./load-config.js";

const matchers = new WeakMap<LoadedConfig, (path: string) => boolean>();

export function isIgnored(file: string, config: LoadedConfig): boolean {
  const globs = config.config.ignore;
  if (!globs || globs.length === 0) return false;
  let matches = matchers.get(config);
  if (!matches) {
    matches = loadPicomatch()(globs, { dot: true });
    matchers.set(config, matches);
  }
  return matches(relative(config.dir, file).split("\\").join("/"));
}

/**
 * picomatch is loaded only when a config ignores something, not at every start-up. In the
 * bundle, esbuild turns the literal `require("picomatch")` into a module run on first call;
 * unbundled (tests), Node's own require loads it.
 */
function loadPicomatch(): typeof import("picomatch") {
  return typeof require === "function" ? require("picomatch") : createRequire(import.meta.url)("picomatch");
}
