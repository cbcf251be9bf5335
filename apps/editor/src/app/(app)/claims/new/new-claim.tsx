"use client";
import { useRouter } from "next/navigation";
import { ClaimForm } from "~/components/claim-form";
import { emptyClaim } from "~/lib/claim-fields";
import { draftFromValues } from "~/lib/claim-mapping";
import { api } from "~/lib/trpc";

export function NewClaim() {
  const router = useRouter();
  return (
    <ClaimForm
      initial={emptyClaim}
      version={null}
      submitLabel="Create draft"
      save={async (values) => {
        const claim = await api.claim.create.mutate(draftFromValues(values));
        return { version: claim.version, ref: claim.ref };
      }}
      loadLatest={() => Promise.reject(new Error("A new claim cannot conflict"))}
      onSaved={(saved) => router.push(`/claims/${saved.ref}`)}
    />
  );
}
