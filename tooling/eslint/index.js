// Shared ESLint config. Each package calls `armstrailConfig(import.meta.dirname, layer)`;
// the layer decides which imports are allowed, so a forbidden import fails `pnpm lint`.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const node = ["node:*", "fs", "path", "child_process", "net", "http", "https", "os"];

/** What each layer may NOT import. Data flows one way: domain <- db <- api <- apps; auth sits beside api. */
const forbidden = {
  domain: [
    { group: ["@armstrail/*"], message: "domain is the bottom layer: it imports zod only." },
    {
      group: ["@prisma/*", "pg", "@trpc/*", "next", "next/*", "react", "react-dom"],
      message: "domain has no I/O and no framework: zod only.",
    },
    { group: node, message: "domain has no I/O: keep it pure." },
  ],
  db: [
    {
      group: [
        "@armstrail/api",
        "@armstrail/auth",
        "@armstrail/client",
        "@armstrail/explainer",
        "@armstrail/editor",
        "@armstrail/cli",
      ],
      message: "db may import domain only: data flows domain <- db <- api <- apps.",
    },
    {
      group: ["@trpc/*", "next", "next/*", "react", "react-dom"],
      message: "db knows nothing of the API or the web.",
    },
  ],
  auth: [
    {
      group: ["@prisma/*", "pg", "**/generated/**"],
      message: "Only @armstrail/db imports Prisma or pg: use its services.",
    },
    {
      group: [
        "@armstrail/api",
        "@armstrail/client",
        "@armstrail/explainer",
        "@armstrail/editor",
        "@armstrail/cli",
      ],
      message: "auth may import domain, db and better-auth only: apps mount it.",
    },
    {
      group: ["next", "next/*", "react", "react-dom", "@trpc/*"],
      message: "auth is framework-free: it takes a Request or Headers, apps mount it.",
    },
  ],
  api: [
    {
      group: ["@prisma/*", "pg", "**/generated/**"],
      message: "Only @armstrail/db imports Prisma or pg: use its repositories.",
    },
    {
      group: [
        "@armstrail/auth",
        "@armstrail/client",
        "@armstrail/explainer",
        "@armstrail/editor",
        "@armstrail/cli",
      ],
      message: "api may import domain and db only (password hashing comes in through Context).",
    },
    {
      group: ["next", "next/*", "react", "react-dom"],
      message: "api is framework-free: apps mount it.",
    },
  ],
  client: [
    {
      group: ["@armstrail/db", "@armstrail/auth", "@prisma/*", "pg"],
      message: "client ships no server code: import types from @armstrail/api only.",
    },
    {
      group: ["@armstrail/explainer", "@armstrail/editor", "@armstrail/cli"],
      message: "A package never imports an app.",
    },
  ],
  app: [
    {
      group: ["@prisma/*", "pg", "@armstrail/db/*"],
      message:
        "Apps reach the database through @armstrail/api (or @armstrail/db in server files), never Prisma directly.",
    },
    {
      group: ["@armstrail/explainer", "@armstrail/editor", "@armstrail/cli"],
      message: "Apps do not import each other.",
    },
  ],
};

const restrictImports = (patterns, extra = []) => ({
  "no-restricted-imports": ["error", { patterns: [...patterns, ...extra] }],
});

/**
 * @param {string} tsconfigRootDir
 * @param {"domain" | "db" | "auth" | "api" | "client" | "app" | "tooling"} layer
 */
export function armstrailConfig(tsconfigRootDir, layer) {
  const typeOnlyApi =
    layer === "client"
      ? [
          {
            group: ["@armstrail/api", "@armstrail/api/*"],
            allowTypeImports: true,
            message: "client may import only types from @armstrail/api.",
          },
        ]
      : [];
  const configs = [
    {
      ignores: [
        "**/node_modules/**",
        "**/.next/**",
        "**/dist/**",
        "**/generated/**",
        "**/.cache/**",
        // Playwright's output: a failed run's report carries the trace viewer's bundles.
        "**/playwright-report/**",
        "**/test-results/**",
        "next-env.d.ts",
      ],
    },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      rules: {
        "@typescript-eslint/consistent-type-imports": [
          "error",
          { fixStyle: "inline-type-imports" },
        ],
        "@typescript-eslint/no-unused-vars": [
          "error",
          { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
        ],
        "@typescript-eslint/no-misused-promises": [
          "error",
          { checksVoidReturn: { attributes: false } },
        ],
        "no-restricted-properties": [
          "error",
          {
            object: "process",
            property: "env",
            message:
              "Read env vars only in env.ts (validated); packages take configuration as arguments.",
          },
        ],
        ...(layer === "tooling"
          ? { "no-restricted-properties": "off" }
          : restrictImports(forbidden[layer] ?? [], typeOnlyApi)),
      },
    },
    {
      // The one place per app (and the tooling scripts) where the environment is read.
      // Command-line entry points and test harnesses are their programs' env.ts.
      files: [
        "**/env.ts",
        "**/cli.ts",
        "**/testing/**",
        "**/*.config.ts",
        "**/*.config.js",
        "**/scripts/**",
        "**/e2e/**",
        "**/bench/**",
        "**/fuzz/**",
      ],
      rules: { "no-restricted-properties": "off" },
    },
    {
      // Tool configuration may import the shared tooling packages whatever the layer, and
      // browser tests and benchmarks may reach the database to set up what they check.
      files: [
        "**/*.config.ts",
        "**/*.config.js",
        "**/*.config.mjs",
        "**/e2e/**",
        "**/bench/**",
        "**/fuzz/**",
      ],
      rules: { "no-restricted-imports": "off" },
    },
    {
      files: ["**/*.js", "**/*.mjs"],
      ...tseslint.configs.disableTypeChecked,
      languageOptions: {
        ...tseslint.configs.disableTypeChecked.languageOptions,
        globals: {
          process: "readonly",
          console: "readonly",
          URL: "readonly",
          fetch: "readonly",
          Buffer: "readonly",
          setTimeout: "readonly",
          clearTimeout: "readonly",
        },
      },
    },
  ];
  if (layer === "app") {
    // In an app, the API and the database are reachable only from server-only files. The
    // proxy and env.ts run only on the server too (env.ts imports "server-only").
    configs.push({
      files: ["src/**/*.ts", "src/**/*.tsx"],
      ignores: ["src/server/**", "src/app/api/**", "src/proxy.ts", "src/env.ts"],
      rules: restrictImports(forbidden.app, [
        {
          group: ["@armstrail/db", "@armstrail/api", "@armstrail/auth"],
          allowTypeImports: true,
          message:
            "Import the API, auth or db only in server-only files (src/server/**, src/app/api/**, src/proxy.ts, src/env.ts).",
        },
      ]),
    });
  }
  return tseslint.config(...configs);
}
