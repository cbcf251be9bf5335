"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ClaimForm } from "~/components/claim-form";
import { emptyClaim } from "~/lib/claim-fields";
import { draftFromValues } from "~/lib/claim-mapping";
import { api } from "~/lib/trpc";

/**
 * A new claim names the investigation it belongs to (its slug, as in the investigation's
 * public address); with several investigations the API refuses a claim that names none,
 * and its error points at this field.
 */
export function NewClaim({
  investigations,
}: {
  investigations: { slug: string; title: string }[];
}) {
  const router = useRouter();
  const [investigation, setInvestigation] = useState(
    investigations.length === 1 ? investigations[0]!.slug : "",
  );
  return (
    <>
      <div className="field">
        <label htmlFor="f-investigation">Investigation</label>
        <select
          id="f-investigation"
          value={investigation}
          onChange={(e) => setInvestigation(e.target.value)}
        >
          <option value="">Choose…</option>
          {investigations.map((i) => (
            <option key={i.slug} value={i.slug}>
              {i.title}
            </option>
          ))}
        </select>
      </div>
      <ClaimForm
        initial={emptyClaim}
        version={null}
        submitLabel="Create draft"
        save={async (values) => {
          const claim = await api.claim.create.mutate({
            ...draftFromValues(values),
            ...(investigation ? { investigation } : {}),
          });
          return { version: claim.version, ref: claim.ref };
        }}
        loadLatest={() => Promise.reject(new Error("A new claim cannot conflict"))}
        onSaved={(saved) => router.push(`/claims/${saved.ref}`)}
      />
    </>
  );
}
