import type { PublicRouter } from "@armstrail/api";
export type R = PublicRouter;
