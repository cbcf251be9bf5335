import { describe, expect, it } from "vitest";
import { citation } from "./dataset";

describe("citation", () => {
  const at = new Date("2027-01-05T10:00:00Z");

  it("names the investigation from its record, and the year the data was retrieved", () => {
    expect(citation(at, "https://example.org/investigations/a-case/data", "A case, checked.")).toBe(
      "Arms Trail (2027). A case, checked: checked claims and records. Retrieved 5 January 2027 from https://example.org/investigations/a-case/data.",
    );
  });

  it("speaks of every investigation on the site-wide data page", () => {
    expect(citation(at, "https://example.org/data")).toBe(
      "Arms Trail (2027). Arms transfers: checked claims and records of every investigation. Retrieved 5 January 2027 from https://example.org/data.",
    );
  });
});
