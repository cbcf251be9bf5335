"use client";
import { useRouter } from "next/navigation";
import { ClaimForm } from "~/components/claim-form";
import { useVersion } from "~/components/version-context";
import type { ClaimValues } from "~/lib/claim-fields";
import { draftFromValues, valuesFromRevision } from "~/lib/claim-mapping";
import { api } from "~/lib/trpc";

/** The claim form wired to editor.claim.save, saving against the version it was opened on. */
export function ClaimEditor({
  id,
  initial,
  version,
}: {
  id: string;
  initial: ClaimValues;
  version: number;
}) {
  const router = useRouter();
  // The form reloads from the server after a save (the page is keyed by version), so the
  // notice lives in the page's version context.
  const { setVersion, notice, setNotice } = useVersion(version);
  return (
    <>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ClaimForm
        initial={initial}
        version={version}
        save={async (values, baseVersion) => {
          const claim = await api.claim.save.mutate({
            id,
            baseVersion: baseVersion ?? version,
            ...draftFromValues(values),
          });
          return { version: claim.version, ref: claim.ref };
        }}
        loadLatest={async () => {
          const claim = await api.claim.get.query({ id });
          return { values: valuesFromRevision(claim.working), version: claim.version };
        }}
        onSaved={(s) => {
          setNotice(`Saved as version ${s.version}.`);
          setVersion(s.version);
          router.refresh();
        }}
      />
    </>
  );
}
