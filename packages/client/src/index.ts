// A typed client for internal tools and analysts. Only types come from @armstrail/api:
// this package's bundle carries no server code.
import type { EditorRouter, PublicRouter } from "@armstrail/api";
import { createTRPCClient, httpBatchLink } from "@trpc/client";

export interface ClientOptions {
  /** The app's base address, e.g. http://localhost:3000 (explainer) or http://localhost:3001 (editor). */
  baseUrl: string;
  /** An API token for the editor API (issued by an admin). */
  token?: string;
  fetch?: typeof globalThis.fetch;
}

/**
 * The servers refuse batches of more than MAX_BATCH_SIZE calls and addresses longer than
 * MAX_URL_LENGTH (both in @armstrail/domain, which this package does not import); the link
 * splits its batches to fit. The client's tests run against a server with those limits.
 */
const MAX_ITEMS = 10;
const MAX_URL = 8000;

function links(options: ClientOptions) {
  const url = new URL("/api/trpc", options.baseUrl).toString();
  return [
    httpBatchLink({
      url,
      maxItems: MAX_ITEMS,
      maxURLLength: MAX_URL,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      headers: () => (options.token ? { authorization: `Bearer ${options.token}` } : {}),
    }),
  ];
}

/** The public, read-only API: published claims and the records they are about. */
export function createPublicClient(options: ClientOptions) {
  return createTRPCClient<PublicRouter>({ links: links(options) });
}

/** The editor API: needs a token with an editor scope. */
export function createEditorClient(options: ClientOptions & { token: string }) {
  return createTRPCClient<EditorRouter>({ links: links(options) });
}

export type PublicClient = ReturnType<typeof createPublicClient>;
export type EditorClient = ReturnType<typeof createEditorClient>;
export { TRPCClientError } from "@trpc/client";
