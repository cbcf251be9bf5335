import { type Browser, type BrowserContext, type Page, expect } from "@playwright/test";

export const editorUrl = process.env.E2E_EDITOR_URL ?? "http://127.0.0.1:3101";
export const explainerUrl = process.env.E2E_EXPLAINER_URL ?? "http://127.0.0.1:3100";

/** The first admin, made by global-setup.ts the way an operator would. */
export const admin = {
  email: "e2e-admin@newsroom.test",
  password: "e2e admin password, long enough",
  name: "Ada Admin",
};

export interface Person {
  email: string;
  name: string;
  password: string;
}

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

// Sign-in is rate-limited per address (as it should be), so each person signs in once and
// later browsers reuse their session cookie.
const sessions = new Map<string, Awaited<ReturnType<BrowserContext["storageState"]>>>();

/** A fresh browser (own cookies) signed in as someone. */
export async function browserAs(browser: Browser, who: { email: string; password: string }) {
  const saved = sessions.get(who.email);
  const context = await browser.newContext({
    baseURL: editorUrl,
    ...(saved ? { storageState: saved } : {}),
  });
  const page = await context.newPage();
  if (saved) {
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  } else {
    await signIn(page, who);
    sessions.set(who.email, await context.storageState());
  }
  return { context, page };
}

/**
 * Calls an editor mutation from inside the signed-in page, as the page's own code would
 * (same origin, session cookie), and returns the tRPC error code or "ok".
 */
export async function callMutation(page: Page, path: string, input: unknown): Promise<string> {
  return page.evaluate(
    async ([p, i]) => {
      const res = await fetch(`/api/trpc/${p}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(i),
      });
      if (res.ok) return "ok";
      const body = (await res.json()) as { error?: { data?: { code?: string } } };
      return body.error?.data?.code ?? `HTTP ${res.status}`;
    },
    [path, input] as const,
  );
}
