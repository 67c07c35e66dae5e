import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLEAN_DRAFT, CONFIG, DEFECTIVE_DRAFT } from "../integration/drafts.js";

const LUMEN = join(import.meta.dirname, "..", "..", "examples", "lumen-harbour");

/**
 * A folder of drafts for batch tests: `count` announcements of a fictional issuer (every third
 * one defective, each with its own office address), a language pair and a broken Word file.
 */
export function draftArchive(prefix: string, count: number): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, ".disclint.yaml"), CONFIG);
  for (let i = 0; i < count; i += 1) {
    const draft = (i % 3 === 0 ? DEFECTIVE_DRAFT : CLEAN_DRAFT).replace("Unit 12", `Unit ${i + 1}`);
    writeFileSync(join(dir, `notice-${String(i).padStart(2, "0")}.txt`), draft);
  }
  copyFileSync(join(LUMEN, "18a-voluntary-clean-en.txt"), join(dir, "results-en.txt"));
  copyFileSync(join(LUMEN, "18a-voluntary-clean-zh.txt"), join(dir, "results-zh.txt"));
  writeFileSync(join(dir, "broken.docx"), "this is not a Word file");
  return dir;
}
