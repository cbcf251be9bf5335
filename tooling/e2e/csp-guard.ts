// Browser-test helpers both apps share: the CSP watch every spec runs under (csp-guard.ts)
// and a start of an app that is expected to refuse (start.ts).
import { type BrowserContext, test as base, expect } from "@playwright/test";

// Every spec imports `test` from here: each page any of its browsers opens is watched for
// Content-Security-Policy violations (the browser's console report and the page's own
// securitypolicyviolation event), and a test that met one fails, naming it.
const MARK = "Content Security Policy violation:";

async function watch(context: BrowserContext, seen: string[]) {
  context.on("console", (message) => {
    const text = message.text();
    if (text.includes("Content Security Policy")) seen.push(`${message.location().url}: ${text}`);
  });
  await context.addInitScript((mark) => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`${mark} ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
    });
  }, MARK);
}

export const test = base.extend<{ cspGuard: undefined }>({
  cspGuard: [
    async ({ browser, context }, use) => {
      const seen: string[] = [];
      await watch(context, seen);
      // Browsers a test opens for itself (another person signed in) are watched too.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const made = await newContext(options);
        await watch(made, seen);
        return made;
      };
      try {
        await use(undefined);
      } finally {
        browser.newContext = newContext;
      }
      expect(seen, "Content Security Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
