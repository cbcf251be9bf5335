import "server-only";
import { createPublicCaller } from "@armstrail/api";
import { db } from "./db";

/** Server components read through the public router: the same checks as the HTTP API. */
export function publicApi() {
  return createPublicCaller(db());
}
