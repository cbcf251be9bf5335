import { securityHeaderRules } from "@armstrail/api/http";
import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript source.
  transpilePackages: ["@armstrail/api", "@armstrail/db", "@armstrail/domain"],
  // pg and Prisma's runtime stay plain Node modules on the server.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/client"],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // proxy.ts runs on pages only, which take no request bodies; it must not buffer big ones.
    proxyClientMaxBodySize: "64kb",
  },
  // Every answer gets the fixed security headers; pages get their nonce policy (and HSTS
  // over HTTPS) from proxy.ts, everything else a policy that lets nothing load or frame it.
  headers: () => Promise.resolve(securityHeaderRules()),
  // Addresses that lead elsewhere, permanently (308): the list of investigations is the home
  // page, and a record has one page whichever investigation links to it (refs are global).
  redirects: () =>
    Promise.resolve([
      { source: "/investigations", destination: "/", permanent: true },
      {
        source: "/investigations/:slug/:kind(claims|transfers|actors|sanctions)/:ref",
        destination: "/:kind/:ref",
        permanent: true,
      },
    ]),
  turbopack: {
    // `import css from "./globals.css?raw"` gives the file's text: the story, served with no
    // client runtime, inlines the site's stylesheet (src/components/static-document.tsx).
    rules: { "*.css": { condition: { query: "?raw" }, type: "raw" } },
  },
};

export default config;
