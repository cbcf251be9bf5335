// Labelled form controls. Each shows its hint and the API's errors for its field beside it,
// wired with aria-describedby and aria-invalid so a screen reader announces them too.
import type { ReactNode } from "react";
import type { Problem } from "~/lib/trpc";

/** The element id of a field, from its path in the API's input ("evidence.0.supports"). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

interface FieldProps {
  path: string;
  label: string;
  hint?: ReactNode;
  errors?: readonly string[] | undefined;
  required?: boolean;
}

function describedBy(id: string, hint: unknown, errors: readonly string[] | undefined) {
  const ids = [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** A field's label, hint and errors around any control (a file input, say). */
export function Frame({
  id,
  label,
  hint,
  errors,
  required,
  children,
}: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className={errors?.length ? "field field-invalid" : "field"}>
      <label htmlFor={id}>
        {label}
        {required ? null : <span className="optional"> (optional)</span>}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <ul className="field-errors" id={`${id}-error`}>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}

export function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: "text" | "email" | "password" | "url" | "search";
    autoComplete?: string;
    maxLength?: number;
    placeholder?: string;
  },
) {
  const id = fieldId(props.path);
  return (
    <Frame {...props} id={id}>
      <input
        id={id}
        name={props.path}
        type={props.type ?? "text"}
        value={props.value}
        required={props.required}
        maxLength={props.maxLength}
        autoComplete={props.autoComplete}
        placeholder={props.placeholder}
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.errors)}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Frame>
  );
}

export function TextArea(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    rows?: number;
    maxLength?: number;
  },
) {
  const id = fieldId(props.path);
  return (
    <Frame {...props} id={id}>
      <textarea
        id={id}
        name={props.path}
        rows={props.rows ?? 4}
        value={props.value}
        required={props.required}
        maxLength={props.maxLength}
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.errors)}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Frame>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
}

export function SelectField<T extends string>(
  props: FieldProps & {
    value: T | "";
    options: readonly Option<T>[];
    onChange: (value: T | "") => void;
    /** The label of an empty first choice; without it a value must be chosen. */
    emptyLabel?: string;
  },
) {
  const id = fieldId(props.path);
  return (
    <Frame {...props} id={id}>
      <select
        id={id}
        name={props.path}
        value={props.value}
        required={props.required}
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.errors)}
        onChange={(e) => props.onChange(e.target.value as T | "")}
      >
        {props.emptyLabel !== undefined || props.value === "" ? (
          <option value="">{props.emptyLabel ?? "Choose…"}</option>
        ) : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function CheckboxField(
  props: Omit<FieldProps, "required"> & { checked: boolean; onChange: (checked: boolean) => void },
) {
  const id = fieldId(props.path);
  return (
    <div className={props.errors?.length ? "field field-check field-invalid" : "field field-check"}>
      <input
        id={id}
        name={props.path}
        type="checkbox"
        checked={props.checked}
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.errors)}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.errors?.length ? (
        <ul className="field-errors" id={`${id}-error`}>
          {props.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A form's submit button, which says what it is doing while the call runs. */
export function SubmitButton({
  label,
  pendingLabel,
  pending,
  primary = true,
}: {
  label: string;
  pendingLabel: string;
  pending: boolean;
  primary?: boolean;
}) {
  return (
    <button type="submit" className={primary ? "primary" : undefined} disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}

/**
 * A refusal's message, when no field shows it already: errors that name a field appear
 * beside that field. With `field`, only that field's errors count (the form has no other).
 */
export function FormProblem({ problem, field }: { problem: Problem | null; field?: string }) {
  if (!problem) return null;
  const shownByField = field
    ? Boolean(problem.fieldErrors[field])
    : Object.keys(problem.fieldErrors).length > 0;
  if (shownByField) return null;
  return (
    <p className="problem" role="alert">
      {problem.message}
    </p>
  );
}

/**
 * The filter bar above a list: a GET form, so the choices live in the address and a
 * filtered list can be bookmarked or shared.
 */
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form className="filters" method="get" aria-label={label}>
      {children}
      <button type="submit">Filter</button>
    </form>
  );
}

/** Words to search a list by; `name` is both the query parameter and the element id. */
export function FilterSearch({
  name,
  label,
  value,
}: {
  name: string;
  label: string;
  value: string;
}) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} type="search" defaultValue={value} />
    </div>
  );
}

/** One choice of a filter bar, with an empty first option that filters nothing ("Any status"). */
export function FilterSelect<T extends string>({
  name,
  label,
  anyLabel,
  options,
  value,
}: {
  name: string;
  label: string;
  anyLabel: string;
  options: readonly Option<T>[];
  value: T | "";
}) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Options from a words table, in the table's order. */
export function optionsOf<T extends string>(words: Record<T, string>): Option<T>[] {
  return (Object.entries(words) as [T, string][]).map(([value, label]) => ({ value, label }));
}
