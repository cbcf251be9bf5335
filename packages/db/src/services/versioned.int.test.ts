import { ConflictDetailsSchema, type Role } from "@armstrail/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "../errors";
import type { SessionUser } from "../repositories/users";
import {
  actorRecord,
  insertCase,
  severalSessionsSkipReason,
  testSessions,
  useTestDb,
} from "../testing";
import { createEntity, explainEntity, getEditorEntity, updateEntity } from "./entities/core";
import { advanceVersion, nextRevisionNumber } from "./versioned";

describe("the versioned-record core", () => {
  const t = useTestDb();
  let sessions: Map<Role, SessionUser>;
  const as = (role: Role) => sessions.get(role)!;
  /** An actor's input as the editor sends it (the ref is the record's own). */
  const actor = (name: string) => {
    const { ref: _ref, ...input } = actorRecord({ name });
    return input;
  };

  beforeAll(async () => {
    await insertCase(t.db, {});
    sessions = await testSessions(t.db);
  });

  /** Moves one record's version on from `version`, as every service starts its change. */
  const bump = (id: string, version: number) =>
    t.db.$transaction((tx) =>
      advanceVersion(tx, "actor", id, version, explainEntity(tx, "actor", id)),
    );

  it("moves the version on only from the version given, and numbers the next revision", async () => {
    const created = await createEntity(t.db, as("contributor"), "actor", actor("Core One"));
    expect(created.version).toBe(1);
    await bump(created.id, 1);
    expect((await getEditorEntity(t.db, "actor", { id: created.id })).version).toBe(2);
    const next = await t.db.$transaction((tx) => nextRevisionNumber(tx, "actor", created.id));
    expect(next).toBe(2);
  });

  it("refuses a stale version with the domain's conflict details and changes nothing", async () => {
    const created = await createEntity(t.db, as("contributor"), "actor", actor("Core Two"));
    const { id } = created;
    await updateEntity(t.db, as("contributor"), "actor", {
      id,
      baseVersion: 1,
      ...actor("Core Two, renamed"),
    });
    const error = await bump(id, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const details = ConflictDetailsSchema.parse((error as ConflictError).details);
    expect(details).toMatchObject({
      kind: "actor",
      id,
      ref: created.ref,
      expectedVersion: 1,
      currentVersion: 2,
      lastChange: { by: { name: "Test Writer" } },
      current: { name: "Core Two, renamed" },
    });
    expect((error as ConflictError).message).toMatch(
      /Test Writer changed actor A\d+ .* version 1 .* version 2/,
    );
    const after = await getEditorEntity(t.db, "actor", { id });
    expect(after.version).toBe(2);
    expect(after.data.name).toBe("Core Two, renamed");
  });

  it("answers NOT_FOUND for a record that is not there", async () => {
    const error = await bump("0190a1b2-0000-7000-8000-0000000000ff", 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it.skipIf(t.kind === "embedded")(
    `two saves of one record from two connections: exactly one wins, the other gets the details (${t.kind === "embedded" ? severalSessionsSkipReason : "postgres"})`,
    async () => {
      const created = await createEntity(t.db, as("contributor"), "actor", actor("Core Three"));
      const save = (role: Role, name: string) =>
        updateEntity(t.db, as(role), "actor", { id: created.id, baseVersion: 1, ...actor(name) });
      const results = await Promise.allSettled([
        save("fact_checker", "Checker's name"),
        save("editor", "Editor's name"),
      ]);
      const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
      const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]).toBeInstanceOf(ConflictError);
      const details = ConflictDetailsSchema.parse((lost[0] as ConflictError).details);
      const winner = won[0]!.data.name;
      expect(details).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
      expect(details.current.name).toBe(winner);
      expect(details.yours?.name).toBe(
        winner === "Checker's name" ? "Editor's name" : "Checker's name",
      );
      expect(details.changedFields).toContain("name");
      const revisions = await t.db.entityRevision.count({ where: { entityId: created.id } });
      expect(revisions).toBe(2);
    },
  );
});
