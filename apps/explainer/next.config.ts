import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript source.
  transpilePackages: ["@armstrail/api", "@armstrail/db", "@armstrail/domain"],
  // pg and Prisma's runtime stay plain Node modules on the server.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/client"],
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: {
    // `import css from "./globals.css?raw"` gives the file's text: the story, served with no
    // client runtime, inlines the site's stylesheet (src/components/static-document.tsx).
    rules: { "*.css": { condition: { query: "?raw" }, type: "raw" } },
  },
};

export default config;
