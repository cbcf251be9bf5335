import { armstrailConfig } from "@armstrail/eslint-config";

export default [
  ...armstrailConfig(import.meta.dirname, "client"),
  {
    // The end-to-end test starts a real server, so it may import the server side.
    files: ["test/**"],
    rules: { "no-restricted-imports": "off" },
  },
];
