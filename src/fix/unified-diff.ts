/** A fix shown before it is made: a unified diff `patch -p1` and `git apply` accept. */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from "diff";

/** Empty when nothing changes. `path` is shown as a/<path> and b/<path>. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return "";
  const name = path.replace(/\\/g, "/").replace(/^\.\//, "");
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
}
