import type { Metadata } from "next";
import Link from "next/link";
import { Refused } from "~/components/refused";
import { editorApi, load } from "~/server/api";
import { investigationChoices } from "~/server/investigations";
import { requireSession } from "~/server/session";
import { NewStoryBlock, type SectionChoice } from "./new-story-block";

export const metadata: Metadata = { title: "New story block" };

type Props = { searchParams: Promise<{ after?: string }> };

export default async function NewStoryBlockPage({ searchParams }: Props) {
  await requireSession("/story/new");
  const api = await editorApi();
  const result = await load(() => api.story.list({}));
  if (!result.ok) return <Refused title="New story block" problem={result} />;
  // A new section may start the story of any investigation, drafts included.
  const investigations = await investigationChoices();
  const several = investigations.length > 1;
  const sections: SectionChoice[] = [];
  for (const b of result.value) {
    let s = sections.find((x) => x.key === b.sectionKey);
    if (!s) {
      s = {
        key: b.sectionKey,
        // With several stories, a section is named with the investigation it belongs to.
        title: several ? `${b.investigation.title}: ${b.sectionTitle}` : b.sectionTitle,
        blocks: [],
      };
      sections.push(s);
    }
    s.blocks.push({ id: b.id, label: `${b.position}. ${b.excerpt.slice(0, 80)}` });
  }
  const { after } = await searchParams;
  const afterBlock = result.value.find((b) => b.id === after);
  return (
    <>
      <p className="crumbs">
        <Link href="/story">Story</Link> / new block
      </p>
      <h1>New story block</h1>
      <p className="lede">
        A new block starts as your draft. Cite a claim after every sentence with a figure or a date;
        an editor other than you publishes it.
      </p>
      <NewStoryBlock
        sections={sections}
        investigations={investigations}
        initial={
          afterBlock ? { sectionKey: afterBlock.sectionKey, afterId: afterBlock.id } : undefined
        }
      />
    </>
  );
}
