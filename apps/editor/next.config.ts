import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript source.
  transpilePackages: ["@armstrail/api", "@armstrail/auth", "@armstrail/db", "@armstrail/domain"],
  // pg and Prisma's runtime stay plain Node modules on the server.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/client"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
