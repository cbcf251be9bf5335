import { describe, expect, it } from "vitest";
import { swap } from "./rows";

describe("swap", () => {
  it("changes the places of two rows and leaves the list given as it was", () => {
    const rows = ["C01", "C02", "C03"];
    expect(swap(rows, 1, 0)).toEqual(["C02", "C01", "C03"]);
    expect(swap(rows, 1, 2)).toEqual(["C01", "C03", "C02"]);
    expect(rows).toEqual(["C01", "C02", "C03"]);
  });
});
