import { fileURLToPath } from "node:url";
import { armstrailVitest } from "@armstrail/vitest-config";

export default armstrailVitest({
  globalSetup: fileURLToPath(import.meta.resolve("@armstrail/db/testing/global-setup")),
});
