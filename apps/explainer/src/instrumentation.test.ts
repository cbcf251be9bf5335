import { afterEach, describe, expect, it, vi } from "vitest";

describe("the explainer's start", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("refuses to start with a short REVALIDATE_SECRET, and says which variable and why", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("DATABASE_URL", "postgresql://localhost/x");
    vi.stubEnv("REVALIDATE_SECRET", "short");
    const { register } = await import("./instrumentation");
    await expect(register()).rejects.toThrow(
      /REVALIDATE_SECRET: REVALIDATE_SECRET must be at least 16 characters/,
    );
  });

  it("refuses to start without a database address", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("DATABASE_URL", "mysql://localhost/x");
    const { register } = await import("./instrumentation");
    await expect(register()).rejects.toThrow(/DATABASE_URL must be a postgresql:\/\/ address/);
  });

  it("starts with a good one", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("DATABASE_URL", "postgresql://localhost/x");
    vi.stubEnv("REVALIDATE_SECRET", "long-enough-secret-0123");
    const { register } = await import("./instrumentation");
    await expect(register()).resolves.toBeUndefined();
  });
});
