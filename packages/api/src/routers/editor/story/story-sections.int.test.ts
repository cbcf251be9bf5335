import {
  insertCase,
  investigationRecord,
  testInvestigation,
  useTestDb,
} from "@armstrail/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { callers, fieldErrorsOf, loadSessions, trpcError } from "../workflow-fixtures";

// A story section belongs to one investigation. With several, a block added to a section
// is that investigation's whatever the writer names; a new section must name its own.
describe("story sections with several investigations", () => {
  const t = useTestDb();
  const other = investigationRecord({ slug: "other-case", title: "Other case" });
  let api: ReturnType<typeof callers>;

  beforeAll(async () => {
    await insertCase(t.db, {
      investigations: [other],
      story: [
        {
          key: "other-1",
          sectionKey: "other-start",
          sectionTitle: "Where the other case starts",
          sectionPosition: 1,
          position: 1,
          body: "The other case begins here.",
          investigation: other.slug,
        },
      ],
    });
    api = callers(t.db, await loadSessions(t.db));
  });

  const ownerOf = async (id: string) =>
    (
      await t.db.storyBlock.findUniqueOrThrow({
        where: { id },
        select: { investigation: { select: { slug: true } } },
      })
    ).investigation.slug;

  it("puts a block in an existing section into that section's investigation", async () => {
    const block = await api.writer.story.create({
      section: { kind: "existing", key: "other-start" },
      body: "A second paragraph of the other case.",
    });
    expect(await ownerOf(block.id)).toBe(other.slug);
    const listed = (await api.writer.story.list({})).find((b) => b.id === block.id);
    expect(listed?.investigation).toEqual({ slug: other.slug, title: other.title });
  });

  it("refuses a block that names another investigation than its section's, writing nothing", async () => {
    const before = await t.db.storyBlock.count();
    const errors = fieldErrorsOf(
      await trpcError(
        api.writer.story.create({
          section: { kind: "existing", key: "other-start" },
          body: "Words.",
          investigation: testInvestigation.slug,
        }),
      ),
    );
    expect(errors.investigation).toMatch(/belongs to the story of other-case/);
    expect(await t.db.storyBlock.count()).toBe(before);
  });

  it("asks a new section to choose its investigation, and files it there when named", async () => {
    const before = await t.db.storyBlock.count();
    const errors = fieldErrorsOf(
      await trpcError(
        api.writer.story.create({
          section: { kind: "new", key: "unowned", title: "Nobody's" },
          body: "Words.",
        }),
      ),
    );
    expect(errors.investigation).toMatch(/Choose the investigation/);
    expect(await t.db.storyBlock.count()).toBe(before);

    const block = await api.writer.story.create({
      section: { kind: "new", key: "test-start", title: "Where the test case starts" },
      body: "The test case begins here.",
      investigation: testInvestigation.slug,
    });
    expect(await ownerOf(block.id)).toBe(testInvestigation.slug);
  });
});
