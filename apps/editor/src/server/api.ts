import "server-only";
import { createEditorCaller } from "@armstrail/api";
import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { db } from "./db";
import { currentSession } from "./session";

/** Server components call the editor router directly: same procedures, same role checks. */
export const editorApi = cache(async () => createEditorCaller(db(), await currentSession()));

export type Loaded<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/** Runs a read and turns a refusal into something a page can show instead of crashing. */
export async function load<T>(read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
