import { armstrailVitest } from "@armstrail/vitest-config";
export default armstrailVitest();
