import { type Browser, type BrowserContext, type Page, expect } from "@playwright/test";

// The same ports as playwright.config.ts, so moving the servers moves the tests with them.
export const editorUrl =
  process.env.E2E_EDITOR_URL ?? `http://127.0.0.1:${process.env.E2E_EDITOR_PORT ?? 3101}`;
export const explainerUrl =
  process.env.E2E_EXPLAINER_URL ?? `http://127.0.0.1:${process.env.E2E_EXPLAINER_PORT ?? 3100}`;

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

/**
 * People for one run of a spec: addresses carry the run's stamp, so that specs sharing a
 * database (and a second run against a kept one) never meet each other's accounts.
 */
export function newPeople<R extends string>(
  stamp: string,
  names: Record<R, string>,
): Record<R, Person> {
  const entries = Object.entries(names) as [R, string][];
  return Object.fromEntries(
    entries.map(([role, name]) => {
      const first = name.split(" ")[0]!.toLowerCase();
      return [
        role,
        {
          name,
          email: `${first}-${stamp}@newsroom.test`,
          password: `${first}'s long password ${stamp}`,
        },
      ];
    }),
  ) as Record<R, Person>;
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
  const answer = await postMutation(page, path, input);
  return answer.ok ? "ok" : answer.code;
}

/** The same call, answering its data (or the tRPC error code). */
export async function postMutation(
  page: Page,
  path: string,
  input: unknown,
): Promise<{ ok: true; data: unknown } | { ok: false; code: string }> {
  return page.evaluate(
    async ([p, i]) => {
      const res = await fetch(`/api/trpc/${p}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(i),
      });
      const body = (await res.json()) as {
        result?: { data: unknown };
        error?: { data?: { code?: string } };
      };
      if (res.ok && body.result) return { ok: true as const, data: body.result.data };
      return { ok: false as const, code: body.error?.data?.code ?? `HTTP ${res.status}` };
    },
    [path, input] as const,
  );
}

/**
 * The signed-in admin invites each person with their role; each follows the one-time link
 * in a browser of their own, sets a password, and finds the link used up afterwards.
 */
export async function invitePeople<R extends string>(
  page: Page,
  browser: Browser,
  people: Record<R, Person>,
) {
  await page.getByRole("link", { name: "People" }).click();
  const entries = Object.entries(people) as [R, Person][];
  const links = new Map<R, string>();
  for (const [role, person] of entries) {
    await page.getByLabel("Email", { exact: true }).fill(person.email);
    await page.getByLabel("Role", { exact: true }).selectOption(role);
    await page.getByRole("button", { name: "Create invitation" }).click();
    // Wait for this person's invitation, not the previous one still on screen.
    await expect(page.getByRole("status").filter({ hasText: person.email })).toBeVisible();
    const link = page.getByTestId("invite-link");
    await expect(link).toBeVisible();
    links.set(role, (await link.textContent())!.trim());
  }
  for (const [role, person] of entries) {
    const context = await browser.newContext();
    const invited = await context.newPage();
    await invited.goto(links.get(role)!);
    await invited.getByLabel("Your name").fill(person.name);
    await invited.getByLabel("Password", { exact: true }).fill(person.password);
    await invited.getByLabel("Password again").fill(person.password);
    await invited.getByRole("button", { name: "Join the newsroom" }).click();
    await expect(invited.getByRole("heading", { name: "Sign in" })).toBeVisible();
    // A one-time link: following it again finds nothing to accept.
    await invited.goto(links.get(role)!);
    // (Next's route announcer is an empty alert too: pick ours by what it says.)
    await expect(invited.getByRole("alert").filter({ hasText: /invitation/i })).toContainText(
      /used|expired|no longer/i,
    );
    await context.close();
  }
}

/**
 * Opens an explainer page, reloading until it answers 200 and its main content shows
 * `text`: a publication reaches the explainer through the revalidation outbox, within
 * seconds but not at once. Returns the page for further checks; the caller closes it.
 */
export async function openOnExplainer(browser: Browser, path: string, text: string) {
  const reader = await browser.newPage({ baseURL: explainerUrl });
  await expect
    .poll(
      async () => {
        const res = await reader.goto(`${explainerUrl}${path}`);
        if (res?.status() !== 200) return `HTTP ${res?.status() ?? "no answer"}`;
        return (await reader.locator("main").textContent()) ?? "";
      },
      { timeout: 30_000, intervals: [500, 1000] },
    )
    .toContain(text);
  return reader;
}
