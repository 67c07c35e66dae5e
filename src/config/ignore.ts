/** A config's `ignore:` globs, matched against paths relative to the config file's folder. */
import { relative } from "node:path";
import picomatch from "picomatch";
import type { LoadedConfig } from "./load-config.js";

const matchers = new WeakMap<LoadedConfig, (path: string) => boolean>();

export function isIgnored(file: string, config: LoadedConfig): boolean {
  const globs = config.config.ignore;
  if (!globs || globs.length === 0) return false;
  let matches = matchers.get(config);
  if (!matches) {
    matches = picomatch(globs, { dot: true });
    matchers.set(config, matches);
  }
  return matches(relative(config.dir, file).split("\\").join("/"));
}
