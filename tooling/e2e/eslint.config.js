import { armstrailConfig } from "@armstrail/eslint-config";
export default armstrailConfig(import.meta.dirname, "tooling");
