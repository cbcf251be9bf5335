import { afterEach, describe, expect, it, vi } from "vitest";

describe("the editor's start", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("refuses to start with a bad environment, and says which variable and why", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("DATABASE_URL", "postgresql://localhost/x");
    vi.stubEnv("REVALIDATE_SECRET", "short");
    const { register } = await import("./instrumentation");
    await expect(register()).rejects.toThrow(/REVALIDATE_SECRET must be at least 16 characters/);
  });

  it("refuses to start in production without a session secret", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DATABASE_URL", "postgresql://localhost/x");
    const { register } = await import("./instrumentation");
    await expect(register()).rejects.toThrow(/BETTER_AUTH_SECRET is not set/);
  });
});
