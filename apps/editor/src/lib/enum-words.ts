// The words a select shows for an enumeration in the schema-built record forms. The form
// knows only the schema's values, so it finds the domain's word table with exactly those
// values; an enumeration with no table of its own shows its values in plain letters.
import * as domain from "@armstrail/domain";

const tables: Record<string, string>[] = [
  domain.actorKindWords,
  domain.actorLinkWords,
  domain.claimStatusWords,
  domain.claimTypeWords,
  domain.confidenceWords,
  domain.entityStatusWords,
  domain.identifierSchemeWords,
  domain.investigationStatusWords,
  domain.itemCategoryWords,
  domain.placeKindWords,
  domain.routeModeWords,
  domain.sanctionStatusWords,
  domain.sourceKindWords,
  domain.subjectKindWords,
  domain.transferStatusWords,
  domain.verdictWords,
];

const sameValues = (table: Record<string, string>, options: readonly string[]) => {
  const keys = Object.keys(table);
  return keys.length === options.length && options.every((o) => o in table);
};

/** Each option with the words to show for it. */
export function enumOptions(options: readonly string[]): { value: string; label: string }[] {
  const table = tables.find((t) => sameValues(t, options));
  return options.map((value) => ({ value, label: table?.[value] ?? value.replaceAll("_", " ") }));
}
