import { armstrailVitest } from "@armstrail/vitest-config";
export default armstrailVitest({ include: ["seed/**/*.test.ts"] });
