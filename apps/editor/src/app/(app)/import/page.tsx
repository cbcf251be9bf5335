import { may } from "@armstrail/domain";
import type { Metadata } from "next";
import { Refused } from "~/components/refused";
import { investigationChoices } from "~/server/investigations";
import { requireSession } from "~/server/session";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import a dossier" };

/**
 * A dossier file in as drafts, in three steps: choose the file and its investigation, read
 * the dry run (refusals by line and field, matches with the register and near misses, each
 * for a person to confirm or refuse), then import. Nothing imported is public until reviewed.
 */
export default async function ImportPage() {
  const session = await requireSession("/import");
  if (!may(session.role, "draft"))
    return (
      <Refused
        title="Import a dossier"
        problem={{ code: "FORBIDDEN", message: "Your role cannot draft records." }}
      />
    );
  const investigations = await investigationChoices();
  return (
    <>
      <h1>Import a dossier</h1>
      <p className="lede">
        A dossier file comes in as drafts with new refs, into one investigation. Check it first: the
        dry run writes nothing. Records that match the register link to it only where you agree.
      </p>
      <ImportForm investigations={investigations} />
    </>
  );
}
