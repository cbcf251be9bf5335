"use client";
// Form controls for any record described by lib/schema-fields: text, numbers, yes/no,
// choices, nested groups and repeatable rows (add, remove). Each control's id is its API
// path ("estimates.0.best"), so the API's field errors land beside the right control.
import { type Spec, blank, labelFor, numberFromText, setAt } from "~/lib/schema-fields";
import { CheckboxField, SelectField, TextArea, TextField } from "./fields";
import { RepeatableRows } from "./repeatable-rows";
import { enumOptions } from "~/lib/enum-words";

type Path = (string | number)[];

export function SchemaFields({
  spec,
  value,
  onChange,
  errors,
  words = {},
}: {
  spec: Spec;
  value: unknown;
  onChange: (value: unknown) => void;
  errors: Readonly<Record<string, string[]>>;
  /** Field key -> label, where the generated one would read badly. */
  words?: Readonly<Record<string, string>>;
}) {
  return (
    <Node
      spec={spec}
      path={[]}
      value={value}
      root={value}
      onRoot={onChange}
      errors={errors}
      words={words}
      label=""
    />
  );
}

interface NodeProps {
  spec: Spec;
  path: Path;
  value: unknown;
  root: unknown;
  onRoot: (v: unknown) => void;
  errors: Readonly<Record<string, string[]>>;
  words: Readonly<Record<string, string>>;
  label: string;
}

function Node({ spec, path, value, root, onRoot, errors, words, label }: NodeProps) {
  const key = path.join(".");
  const set = (v: unknown) => onRoot(setAt(root, path, v));
  const err = errors[key];
  switch (spec.kind) {
    case "text": {
      const text = typeof value === "string" ? value : "";
      const change = (v: string) => set(spec.nullable && v === "" ? null : v);
      return spec.multiline ? (
        <TextArea
          path={key}
          label={label}
          required={!spec.nullable}
          value={text}
          onChange={change}
          errors={err}
          maxLength={spec.max ?? undefined}
        />
      ) : (
        <TextField
          path={key}
          label={label}
          required={!spec.nullable}
          value={text}
          onChange={change}
          errors={err}
          maxLength={spec.max ?? undefined}
        />
      );
    }
    case "number": {
      const text = typeof value === "number" || typeof value === "string" ? String(value) : "";
      return (
        <TextField
          path={key}
          label={label}
          required={!spec.nullable}
          value={text}
          onChange={(v) => set(numberFromText(v))}
          errors={err}
        />
      );
    }
    case "boolean":
      return (
        <CheckboxField
          path={key}
          label={label}
          checked={value === true}
          onChange={set}
          errors={err}
        />
      );
    case "enum":
      return (
        <SelectField
          path={key}
          label={label}
          required={!spec.nullable}
          value={typeof value === "string" ? value : ""}
          {...(spec.nullable ? { emptyLabel: "(none)" } : {})}
          options={enumOptions(spec.options)}
          onChange={(v) => set(v === "" && spec.nullable ? null : v)}
          errors={err}
        />
      );
    case "object": {
      if (value === null || value === undefined) {
        return (
          <div className="field">
            <span className="muted">{label}: none</span>{" "}
            <button type="button" onClick={() => set(blank({ ...spec, nullable: false }))}>
              Add {label.toLowerCase() || "details"}
            </button>
          </div>
        );
      }
      const obj = value as Record<string, unknown>;
      const body = spec.fields.map(([k, f]) => (
        <Node
          key={k}
          spec={f}
          path={[...path, k]}
          value={obj[k]}
          root={root}
          onRoot={onRoot}
          errors={errors}
          words={words}
          label={words[k] ?? labelFor(k)}
        />
      ));
      if (path.length === 0) return <>{body}</>;
      return (
        <fieldset id={`f-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`}>
          <legend>{label}</legend>
          {err ? <FieldErrors messages={err} /> : null}
          {body}
          {spec.nullable ? (
            <button type="button" className="danger" onClick={() => set(null)}>
              Remove {label.toLowerCase()}
            </button>
          ) : null}
        </fieldset>
      );
    }
    case "array": {
      const items = Array.isArray(value) ? (value as unknown[]) : [];
      const singular = label.replace(/s$/, "");
      return (
        <fieldset className="repeat" id={`f-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`}>
          <legend>{label}</legend>
          {err ? <FieldErrors messages={err} /> : null}
          {items.length === 0 ? <p className="muted">None.</p> : null}
          <RepeatableRows
            items={items}
            onChange={set}
            newItem={() => blank(spec.of)}
            rowClassName={spec.of.kind === "object" ? "row-card" : "row-inline"}
            removeLabel={(i) => `Remove ${singular.toLowerCase()} ${i + 1}`}
            orderLabel={(i) => `${singular.toLowerCase()} ${i + 1}`}
            addLabel={`Add ${singular.toLowerCase()}`}
          >
            {(item, i) => (
              // A row's fields write through the root, by their path, like every other field.
              <Node
                spec={spec.of}
                path={[...path, i]}
                value={item}
                root={root}
                onRoot={onRoot}
                errors={errors}
                words={words}
                label={`${singular} ${i + 1}`}
              />
            )}
          </RepeatableRows>
        </fieldset>
      );
    }
    default:
      return null;
  }
}

function FieldErrors({ messages }: { messages: readonly string[] }) {
  return (
    <ul className="field-errors">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}
