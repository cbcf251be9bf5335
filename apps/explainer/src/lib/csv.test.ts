import { describe, expect, it } from "vitest";
import { csvField, joinList, toCsv } from "./csv";

/** A small RFC 4180 reader, to check that what we write reads back as what we meant. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("csvField", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvField("Accurate")).toBe("Accurate");
    expect(csvField(13000)).toBe("13000");
    expect(csvField("1.75")).toBe("1.75");
  });

  it("writes nothing for a missing value", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });

  it("quotes a field with a comma, a quote or a line break, doubling inner quotes", () => {
    expect(csvField("Rajin, North Korea")).toBe('"Rajin, North Korea"');
    expect(csvField('the "February 11" plant')).toBe('"the ""February 11"" plant"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("carriage\rreturn")).toBe('"carriage\rreturn"');
  });

  it.each(["=1+1", "+44 20", "-2", "@SUM(A1)", "\tTab", '=HYPERLINK("http://x","y")'])(
    "defuses a field that a spreadsheet would run as a formula: %j",
    (value) => {
      const out = csvField(value);
      const [[read]] = parseCsv(`${out}\r\n`) as [[string]];
      expect(read.startsWith("'")).toBe(true);
      expect(read.slice(1)).toBe(value);
    },
  );

  it("does not touch a formula character in the middle of a field", () => {
    expect(csvField("1 = 1")).toBe("1 = 1");
    expect(csvField("info@example.org")).toBe("info@example.org");
  });
});

describe("toCsv", () => {
  it("writes a header and rows with CRLF line ends", () => {
    expect(toCsv(["ref", "verdict"], [["C01", "accurate"]])).toBe(
      "ref,verdict\r\nC01,accurate\r\n",
    );
  });

  it("round-trips awkward text through an RFC 4180 reader", () => {
    const rows = [
      ["C01", 'He said "more than 1,000"\r\nthen left', "=cmd|' /C calc'!A0"],
      ["C02", "", "plain"],
    ];
    const read = parseCsv(toCsv(["ref", "statement", "note"], rows));
    expect(read).toEqual([
      ["ref", "statement", "note"],
      ["C01", 'He said "more than 1,000"\r\nthen left', "'=cmd|' /C calc'!A0"],
      ["C02", "", "plain"],
    ]);
  });

  it("refuses a row of the wrong width", () => {
    expect(() => toCsv(["a", "b"], [["only one"]])).toThrow(RangeError);
  });
});

describe("joinList", () => {
  it("joins with semicolons, dropping empties and repeats", () => {
    expect(joinList(["S01", null, "S07", "", "S01"])).toBe("S01;S07");
  });
});
