// Shared by the claim and story workflow tests (imported only from *.int.test.ts files).
import type { Db, SessionUser } from "@armstrail/db";
import { testAccounts } from "@armstrail/db/testing";
import type { CreateClaimInput, Role } from "@armstrail/domain";
import { TRPCError } from "@trpc/server";
import { createEditorCaller, createPublicCaller } from "../../callers";

export type Sessions = Record<Role, SessionUser>;

/** Every kind of caller an access matrix tries. */
export type Who = Role | "anonymous" | "read token" | "revoked token";
export const everyone: Who[] = [
  "anonymous",
  "contributor",
  "fact_checker",
  "editor",
  "admin",
  "read token",
  "revoked token",
];

export async function loadSessions(db: Db): Promise<Sessions> {
  const out: Partial<Sessions> = {};
  for (const a of testAccounts) {
    const u = await db.user.findUniqueOrThrow({ where: { email: a.email } });
    out[a.role] = { id: u.id, name: u.name, email: u.email, role: u.role, via: "session" };
  }
  return out as Sessions;
}

/** The same person through a read-only API token. */
export function readOnlyToken(session: SessionUser): SessionUser {
  return { ...session, via: "token", token: { id: session.id, name: "reader", readOnly: true } };
}

export function callers(db: Db, sessions: Sessions) {
  return {
    as: (role: Role) => createEditorCaller(db, sessions[role]),
    writer: createEditorCaller(db, sessions.contributor),
    checker: createEditorCaller(db, sessions.fact_checker),
    editor: createEditorCaller(db, sessions.editor),
    admin: createEditorCaller(db, sessions.admin),
    reader: createPublicCaller(db),
  };
}

export function claimDraft(sourceRef: string, overrides: Partial<CreateClaimInput> = {}) {
  return {
    statement: "North Korea sent about 1,000 containers of shells to Russia by October 2023.",
    claimant: "A test ministry",
    claimType: "quantity" as const,
    verdict: "mostly_accurate" as const,
    finding: "Two independent sources give the same count.",
    evidence: [
      {
        source: sourceRef,
        reliability: "B" as const,
        credibility: 2,
        supports: "Gives the count.",
      },
    ],
    ...overrides,
  };
}

/** The tRPC error a call fails with (the test fails if it succeeds). */
export async function trpcError(p: Promise<unknown>): Promise<TRPCError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) return e;
    throw e;
  }
  throw new Error("Expected the call to fail");
}

/** A refused input's messages by field path, as the editor's forms receive them. */
export function fieldErrorsOf(e: TRPCError): Record<string, string> {
  const issues = (e.cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined)
    ?.issues;
  return Object.fromEntries((issues ?? []).map((i) => [i.path.join("."), i.message]));
}
