import type { ViteUserConfig } from "vitest/config";
export interface ArmstrailVitestOptions {
  include?: string[];
  /** Path of a globalSetup module, for packages whose tests use a database. */
  globalSetup?: string;
}
export declare function armstrailVitest(options?: ArmstrailVitestOptions): ViteUserConfig;
