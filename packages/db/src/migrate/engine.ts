// Prisma's schema engine, built to WebAssembly, driven through @prisma/adapter-pg.
// Prisma 7's CLI wants a native engine downloaded from Prisma's own host for
// `migrate`, which locked-down networks cannot reach. The engine's WebAssembly build
// ships in an npm package and does the same work; its version is pinned in the catalog
// and every path through it is covered by packages/db/src/migrate/*.int.test.ts.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

type SchemaEngine = bindings.SchemaEngine;

// Node has WebAssembly as a global, but @types/node 20 declares only its namespace.
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, unknown>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

let initialised: Promise<void> | undefined;

/** The package's own entry imports the .wasm as an ES module, which Node cannot; instantiate it by hand. */
function initialise(): Promise<void> {
  initialised ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require
      .resolve("@prisma/schema-engine-wasm/schema_engine_bg")
      .replace(/\.js$/, ".wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return initialised;
}

export const noFilters = { externalTables: [], externalEnums: [] };

/**
 * Opens the engine on a database. `connectionString` may point at a database that does
 * not exist when only schema-to-schema diffs are asked for: the adapter connects lazily.
 */
export async function openSchemaEngine(
  connectionString: string,
  schema: string,
): Promise<SchemaEngine> {
  await initialise();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString, max: 1 }));
  return bindings.SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    () => undefined,
    adapter,
  );
}
