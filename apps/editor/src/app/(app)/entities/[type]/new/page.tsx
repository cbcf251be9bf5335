import { EntityTypeSchema, entityTypeWords } from "@armstrail/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntityEditor } from "~/components/entity-editor";
import { requireSession } from "~/server/session";

type Props = { params: Promise<{ type: string }> };

export const metadata: Metadata = { title: "New record" };

export default async function NewEntityPage({ params }: Props) {
  const parsed = EntityTypeSchema.safeParse((await params).type);
  if (!parsed.success) notFound();
  const type = parsed.data;
  await requireSession(`/entities/${type}/new`);
  return (
    <>
      <p className="crumbs">
        <Link href={`/entities/${type}`}>{entityTypeWords[type].many}</Link> / new
      </p>
      <h1>New {entityTypeWords[type].one.toLowerCase()}</h1>
      <p className="lede">New records start as drafts; a reviewer publishes them.</p>
      <EntityEditor type={type} />
    </>
  );
}
