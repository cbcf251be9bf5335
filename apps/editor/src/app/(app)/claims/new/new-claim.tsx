"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ClaimForm } from "~/components/claim-form";
import {
  type InvestigationChoice,
  InvestigationField,
  onlyInvestigation,
} from "~/components/investigation-field";
import { emptyClaim } from "~/lib/claim-fields";
import { draftFromValues } from "~/lib/claim-mapping";
import { api } from "~/lib/trpc";

/**
 * A new claim names the investigation it belongs to (its slug, as in the investigation's
 * public address); with several investigations the API refuses a claim that names none,
 * and its error points at this field.
 */
export function NewClaim({ investigations }: { investigations: InvestigationChoice[] }) {
  const router = useRouter();
  const [investigation, setInvestigation] = useState(onlyInvestigation(investigations));
  return (
    <>
      <InvestigationField
        investigations={investigations}
        value={investigation}
        onChange={setInvestigation}
      />
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
