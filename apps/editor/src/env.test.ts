import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const base = { DATABASE_URL: "postgresql://localhost/x" };

describe("the editor's environment", () => {
  it("refuses to run in production without a session secret, and says which variable", () => {
    expect(() => parseEnv({ ...base, NODE_ENV: "production" })).toThrow(/BETTER_AUTH_SECRET/);
  });
  it("refuses a short secret", () => {
    expect(() => parseEnv({ ...base, BETTER_AUTH_SECRET: "short" })).toThrow(/at least 32/);
  });
  it("makes up a secret for local development only", () => {
    const e = parseEnv({ ...base, NODE_ENV: "development" });
    expect(e.BETTER_AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(e.EDITOR_URL).toBe("http://localhost:3001");
  });
  it("keeps a given secret and trims the address", () => {
    const secret = "s".repeat(40);
    const e = parseEnv({
      ...base,
      NODE_ENV: "production",
      BETTER_AUTH_SECRET: secret,
      EDITOR_URL: "https://editor.example/",
    });
    expect(e.BETTER_AUTH_SECRET).toBe(secret);
    expect(e.EDITOR_URL).toBe("https://editor.example");
  });
  it("reads the trusted proxies as a list and refuses anything that is not an address", () => {
    expect(parseEnv({ ...base }).TRUSTED_PROXIES).toEqual([]);
    expect(
      parseEnv({ ...base, TRUSTED_PROXIES: " 10.0.0.0/8, 192.0.2.7 " }).TRUSTED_PROXIES,
    ).toEqual(["10.0.0.0/8", "192.0.2.7"]);
    expect(() => parseEnv({ ...base, TRUSTED_PROXIES: "my-proxy.local" })).toThrow(
      /TRUSTED_PROXIES/,
    );
  });
});
