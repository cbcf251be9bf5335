// The door of every editor procedure, for every kind of caller, walked from the router
// itself: a procedure added without a line in `gates` fails the first test. The area tests
// (claim, story, entity, admin) call each procedure with real input and check the rules
// behind the door (whose draft, which status, four eyes); this one proves that nobody gets
// past the door who should not, and that everyone who should does.
//
// Each call carries an input no schema accepts. Roles are checked before input is read, so a
// caller who may use the procedure gets BAD_REQUEST (or, where there is no input, an
// answer), and one who may not gets UNAUTHORIZED or FORBIDDEN without anything running.
import {
  auditActorOf,
  issueApiToken,
  resolveApiToken,
  revokeApiToken,
  type SessionUser,
} from "@armstrail/db";
import { insertCase, useTestDb } from "@armstrail/db/testing";
import { roleRank, type Role } from "@armstrail/domain";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createEditorCaller } from "../../callers";
import { editorProcedures } from "./router-walk";
import { everyone, loadSessions, type Who } from "./workflow-fixtures";

/** The lowest role let in; "invitation" is open to anyone holding the link. */
type Gate = "invitation" | Role;

const entityTypes = ["actor", "transfer", "sanction", "event", "source"] as const;
const entityPaths = (verbs: string[]) =>
  entityTypes.flatMap((type) => verbs.map((verb) => `${type}.${verb}`));

const gates: Record<Gate, string[]> = {
  invitation: ["invite.inspect", "invite.accept"],
  contributor: [
    "me",
    "source.search",
    "actor.mergeProposals",
    ...entityPaths(["list", "get", "create", "update", "submit", "revisions", "compare"]),
    "claim.list",
    "claim.get",
    "claim.create",
    "claim.save",
    "claim.submit",
    "claim.comment",
    "claim.revisions",
    "claim.compare",
    "claim.restore",
    "story.list",
    "story.get",
    "story.create",
    "story.save",
    "story.submit",
    "story.revisions",
    "story.compare",
    "import.dossier",
    "review.items",
    "review.bulk",
  ],
  fact_checker: [
    ...entityPaths(["publish", "reject"]),
    "claim.approve",
    "claim.requestChanges",
    "claim.reject",
    "claim.assign",
    "story.requestChanges",
    "story.reject",
    "review.queue",
  ],
  editor: [
    "actor.merge",
    "actor.approveMerge",
    "actor.rejectMerge",
    "claim.retract",
    "claim.correct",
    "story.approve",
  ],
  admin: [
    "admin.users.list",
    "admin.users.setRole",
    "admin.users.setActive",
    "admin.invites.create",
    "admin.invites.list",
    "admin.invites.revoke",
    "admin.tokens.create",
    "admin.tokens.list",
    "admin.tokens.revoke",
    "admin.audit.list",
    "admin.audit.verify",
  ],
};

const procedures = editorProcedures;
const gateOf = new Map(
  Object.entries(gates).flatMap(([gate, paths]) => paths.map((p) => [p, gate as Gate] as const)),
);

/** What the door should answer `who` on `path`, given the read token acts as an editor. */
function expected(path: string, who: Who): string {
  const gate = gateOf.get(path)!;
  const { type, inputs } = procedures[path]!._def;
  const through = inputs.length ? "BAD_REQUEST" : "answered";
  if (gate === "invitation") return through;
  if (who === "anonymous" || who === "revoked token") return "UNAUTHORIZED";
  if (who === "read token") {
    if (type === "mutation") return "FORBIDDEN";
    return roleRank.editor >= roleRank[gate] ? through : "FORBIDDEN";
  }
  return roleRank[who] >= roleRank[gate] ? through : "FORBIDDEN";
}

describe("the door of every editor procedure", () => {
  const t = useTestDb();
  const sessions = new Map<Who, SessionUser | null>();

  beforeAll(async () => {
    await insertCase(t.db, {});
    const people = await loadSessions(t.db);
    for (const role of Object.keys(people) as Role[]) sessions.set(role, people[role]);
    const admin = { ...auditActorOf(people.admin), userId: people.admin.id };
    const read = await issueApiToken(t.db, admin, {
      userId: people.admin.id,
      name: "analyst's reader",
      scope: "read",
    });
    sessions.set("read token", await resolveApiToken(t.db, read.secret));
    const gone = await issueApiToken(t.db, admin, {
      userId: people.admin.id,
      name: "old tool",
      scope: "editor",
    });
    await revokeApiToken(t.db, admin, gone.token.id);
    sessions.set("revoked token", await resolveApiToken(t.db, gone.secret));
  });

  it("every procedure on the router has a gate here, and every gate names a real procedure", () => {
    expect(Object.keys(procedures).sort()).toEqual([...gateOf.keys()].sort());
  });

  it("the tokens resolve as the app resolves them: read-only as an editor, revoked as nobody", () => {
    expect(sessions.get("read token")).toMatchObject({ role: "editor", token: { readOnly: true } });
    expect(sessions.get("revoked token")).toBeNull();
  });

  for (const path of Object.keys(procedures).sort()) {
    for (const who of everyone) {
      it(`${path} as ${who}`, async () => {
        const want = expected(path, who);
        const caller = createEditorCaller(t.db, sessions.get(who) ?? null);
        const call = path
          .split(".")
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
          input: unknown,
        ) => Promise<unknown>;
        const outcome = await call("not an input").then(
          () => "answered",
          (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
        );
        expect(outcome).toBe(want);
      });
    }
  }
});
