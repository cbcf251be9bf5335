import { SelectField } from "./fields";

export interface InvestigationChoice {
  slug: string;
  title: string;
}

/**
 * Which investigation a new record belongs to, by slug. With one investigation it is chosen
 * already; with several the writer must choose, and the API's refusal points here.
 */
export function InvestigationField(props: {
  investigations: readonly InvestigationChoice[];
  value: string;
  onChange: (slug: string) => void;
  errors?: string[] | undefined;
}) {
  return (
    <SelectField
      path="investigation"
      label="Investigation"
      required
      value={props.value}
      options={props.investigations.map((i) => ({ value: i.slug, label: i.title }))}
      onChange={props.onChange}
      errors={props.errors}
    />
  );
}

/** The starting choice: the only investigation there is, or none. */
export const onlyInvestigation = (investigations: readonly InvestigationChoice[]): string =>
  investigations.length === 1 ? investigations[0]!.slug : "";
