/**
 * Debian's Chromium, driven by playwright-core, for the tests of pages disclint makes (the HTML
 * report, the web app). Never a downloaded browser; every Content-Security-Policy violation a
 * page meets is recorded in `window.__violations` for the test to read.
 */
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export async function launchChromium(
  workDir: string,
  options: { acceptDownloads?: boolean } = {},
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(join(workDir, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    ...(options.acceptDownloads && { acceptDownloads: true }),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1400, height: 900 },
  });
  // Runs in every frame before the page's own script (and outside its CSP).
  await context.addInitScript({
    content: `
      const record = [];
      Object.defineProperty(window, "__violations", { value: record });
      document.addEventListener("securitypolicyviolation", (event) => {
        record.push(event.violatedDirective + " " + event.blockedURI + " " + event.sample);
      });`,
  });
  return context;
}
