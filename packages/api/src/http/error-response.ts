// A refusal made before tRPC runs (too large, too many, from another site) still answers in
// tRPC's error envelope, so a typed client reads its code and message like any other error.
import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

export function errorResponse(
  status: number,
  code: TRPC_ERROR_CODE_KEY,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { error: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus: status } } },
    { status, headers },
  );
}
