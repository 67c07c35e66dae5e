import { defineConfig } from "vitest/config";

// npm run corpus: accuracy on the real announcements in ../shared/corpus/hkex and the seed.
export default defineConfig({
  test: {
    include: ["tests/corpus/**/*.corpus.ts"],
    testTimeout: 120_000,
  },
});
