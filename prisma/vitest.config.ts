import { fileURLToPath } from "node:url";
import { armstrailVitest } from "@armstrail/vitest-config";

export default armstrailVitest({
  include: ["seed/**/*.test.ts"],
  globalSetup: fileURLToPath(import.meta.resolve("@armstrail/db/testing/global-setup")),
});
