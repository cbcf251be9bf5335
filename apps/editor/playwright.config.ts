import { defineConfig, devices } from "@playwright/test";

// Browser tests of the editor as a newsroom uses it, in Debian's Chromium (Playwright cannot
// download browsers here). Both apps' production builds run against one database, so a
// claim approved in the editor can be seen on the explainer. `E2E_DATABASE_URL` names a
// fresh, migrated and seeded database (tooling/scripts/e2e.mjs prepares one); the first
// admin is created by global-setup.ts, as a new installation's operator would.
const port = Number(process.env.E2E_EDITOR_PORT ?? 3101);
const explainerPort = Number(process.env.E2E_EXPLAINER_PORT ?? 3100);
const database = process.env.E2E_DATABASE_URL ?? "";
const revalidateSecret = process.env.E2E_REVALIDATE_SECRET ?? "e2e-revalidate-secret-0123456789";
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export const e2e = {
  editorUrl: `http://127.0.0.1:${port}`,
  explainerUrl: `http://127.0.0.1:${explainerPort}`,
};

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  // One story told in order by several people: the tests share the database's state.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous limits: a loaded CI machine is slow, and these are limits, not measurements.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env.CI,
  reporter: [
    ["list"],
    ["json", { outputFile: ".e2e-report.json" }],
    ["html", { open: "never", outputFolder: "playwright-report" }],
  ],
  use: {
    baseURL: e2e.editorUrl,
    launchOptions: { executablePath, args: chromiumArgs },
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      command: `pnpm exec next start --port ${explainerPort} --hostname 127.0.0.1`,
      cwd: "../explainer",
      url: `${e2e.explainerUrl}/`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: {
        DATABASE_URL: database,
        DATABASE_POOL_SIZE: "2",
        REVALIDATE_SECRET: revalidateSecret,
        NEXT_TELEMETRY_DISABLED: "1",
        SITE_URL: e2e.explainerUrl,
      },
    },
    {
      command: `pnpm exec next start --port ${port} --hostname 127.0.0.1`,
      url: `${e2e.editorUrl}/sign-in`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: {
        DATABASE_URL: database,
        DATABASE_POOL_SIZE: "4",
        BETTER_AUTH_SECRET: "e2e-session-secret-0123456789abcdef0123456789",
        EDITOR_URL: e2e.editorUrl,
        EXPLAINER_URL: e2e.explainerUrl,
        REVALIDATE_SECRET: revalidateSecret,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
