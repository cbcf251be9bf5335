import { describe, expect, it } from "vitest";
import { CountryCodeSchema, UrlSchema, optionalText, text } from "./text";

function messages(result: {
  success: boolean;
  error?: { issues: { message: string }[] };
}): string[] {
  expect(result.success).toBe(false);
  return result.error?.issues.map((i) => i.message) ?? [];
}

describe("text()", () => {
  it("trims surrounding whitespace", () => {
    expect(text(50).parse("  Rason port \n")).toBe("Rason port");
  });

  it("rejects an empty or blank string", () => {
    expect(messages(text(50).safeParse(""))).toEqual(["Must not be empty"]);
    expect(messages(text(50).safeParse("   \t "))).toEqual(["Must not be empty"]);
  });

  it("enforces a custom minimum with its own message", () => {
    expect(messages(text(50, 3).safeParse("ab"))).toEqual(["Must be at least 3 characters"]);
    expect(text(50, 3).parse("abc")).toBe("abc");
  });

  it("rejects strings over the maximum, counted after trimming", () => {
    expect(text(5).parse("abcde")).toBe("abcde");
    expect(text(5).parse("   abcde   ")).toBe("abcde");
    expect(messages(text(5).safeParse("abcdef"))).toEqual(["Must be at most 5 characters"]);
  });

  it("keeps newlines and tabs inside the text", () => {
    expect(text(50).parse("line one\n\tline two")).toBe("line one\n\tline two");
    expect(text(50).parse("windows\r\nline")).toBe("windows\r\nline");
  });

  it.each([
    ["NUL", "a\u0000b"],
    ["BEL", "a\u0007b"],
    ["backspace", "a\u0008b"],
    ["vertical tab", "a\u000Bb"],
    ["form feed", "a\u000Cb"],
    ["escape", "a\u001B[31mred"],
    ["unit separator", "a\u001Fb"],
    ["DEL", "a\u007Fb"],
  ])("rejects the %s control character", (_name, value) => {
    expect(messages(text(50).safeParse(value))).toContain("Must not contain control characters");
  });

  it.each([
    ["C1 CSI", "a\u009Bb"],
    ["C1 NEL", "a\u0085b"],
    ["right-to-left override", "a\u202Eb"],
    ["isolate", "a\u2066b"],
  ])("rejects %s", (_name, value) => {
    expect(messages(text(50).safeParse(value))).toContain("Must not contain control characters");
  });

  it("keeps ordinary non-Latin text, including right-to-left scripts", () => {
    expect(text(50).parse("Пхеньян · 평양 · بيونغ يانغ")).toBe("Пхеньян · 평양 · بيونغ يانغ");
  });
});

describe("optionalText()", () => {
  it("accepts null and applies the same rules to strings", () => {
    expect(optionalText(10).parse(null)).toBeNull();
    expect(optionalText(10).parse(" x ")).toBe("x");
    expect(optionalText(10).safeParse("").success).toBe(false);
    expect(optionalText(3).safeParse("abcd").success).toBe(false);
  });
});

describe("UrlSchema", () => {
  it("accepts http and https addresses", () => {
    expect(UrlSchema.safeParse("https://www.un.org/securitycouncil/").success).toBe(true);
    expect(UrlSchema.safeParse("http://example.org/a?b=c").success).toBe(true);
  });

  it.each(["ftp://example.org/file", "javascript:alert(1)", "example.org", "mailto:a@example.org"])(
    "rejects %s",
    (value) => {
      expect(UrlSchema.safeParse(value).success).toBe(false);
    },
  );

  it("rejects addresses over 2000 characters", () => {
    expect(UrlSchema.safeParse(`https://example.org/${"a".repeat(2000)}`).success).toBe(false);
  });
});

describe("CountryCodeSchema", () => {
  it("accepts two upper-case letters only", () => {
    expect(CountryCodeSchema.safeParse("KP").success).toBe(true);
    expect(CountryCodeSchema.safeParse("kp").success).toBe(false);
    expect(CountryCodeSchema.safeParse("PRK").success).toBe(false);
    expect(CountryCodeSchema.safeParse("K").success).toBe(false);
  });
});
