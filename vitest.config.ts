import { defineConfig } from "vitest/config";

// npm test: the project's own tests, which must pass without ../shared.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
