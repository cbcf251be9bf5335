// `pnpm armstrail <command>`: the newsroom's command-line tool. It talks to the editor and
// the explainer over HTTP with the typed client, like any internal tool would.
import { parseArgs } from "node:util";
import { TRPCClientError, createEditorClient, createPublicClient } from "@armstrail/client";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import { queueCommand } from "./commands/queue";
import { readEnv, resolvePath, type CliEnv } from "./env";
import { EXIT, type Clients, type Io } from "./io";

const usage = `Usage: pnpm armstrail <command> [options]

Commands:
  queue [--mine] [--json]              Claims waiting for review (needs a fact-checker's token)
  export [--out FILE]                  Everything published, as JSON (no token needed)
  import FILE [--investigation SLUG] [--dry-run] [--json]
         [--match FILEID=REF]... [--no-match FILEID]...
                                       A dossier file in as draft claims and entities, with new
                                       refs; --match links a file record to one we hold (a near
                                       miss the dry run reported), --no-match refuses a match

Environment:
  ARMSTRAIL_TOKEN        an API token issued by an admin in the editor (People > API tokens)
  ARMSTRAIL_EDITOR_URL   the editor's address (default http://localhost:3001)
  ARMSTRAIL_PUBLIC_URL   the explainer's address (default http://localhost:3000)`;

export function clientsFor(env: CliEnv): Clients {
  return {
    editor: () => {
      if (!env.token) {
        throw new UsageError(
          "This command needs an API token: set ARMSTRAIL_TOKEN (an admin issues one in the editor under People > API tokens).",
        );
      }
      return createEditorClient({ baseUrl: env.editorUrl, token: env.token });
    },
    public: () => createPublicClient({ baseUrl: env.publicUrl }),
  };
}

class UsageError extends Error {}

/** Runs one command line; returns the exit code. Never throws. */
export async function run(argv: string[], env: CliEnv, io: Io, clients = clientsFor(env)) {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        mine: { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        out: { type: "string" },
        investigation: { type: "string" },
        match: { type: "string", multiple: true, default: [] },
        "no-match": { type: "string", multiple: true, default: [] },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    if (!command || values.help || command === "help") {
      io.out(usage);
      return command ? EXIT.ok : EXIT.failed;
    }
    switch (command) {
      case "queue":
        return await queueCommand(clients, { json: values.json, mine: values.mine }, io);
      case "export":
        return await exportCommand(
          clients,
          { out: values.out ? resolvePath(env, values.out) : null, publicUrl: env.publicUrl },
          io,
        );
      case "import": {
        const file = positionals[0];
        if (!file) throw new UsageError("import needs a file: pnpm armstrail import dossier.json");
        const match: Record<string, string> = {};
        for (const m of values.match) {
          const [id, ref, ...more] = m.split("=");
          if (!id || !ref || more.length)
            throw new UsageError(`--match takes FILEID=REF, e.g. --match ACT12=A03 (got "${m}")`);
          match[id] = ref;
        }
        return await importCommand(
          clients,
          {
            file,
            path: resolvePath(env, file),
            dryRun: values["dry-run"],
            json: values.json,
            investigation: values.investigation ?? null,
            choices: { match, noMatch: values["no-match"] },
          },
          io,
        );
      }
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${usage}`);
    }
  } catch (e) {
    io.err(describeError(e, env));
    return EXIT.failed;
  }
}

function describeError(e: unknown, env: CliEnv): string {
  if (e instanceof UsageError) return e.message;
  if (e instanceof TRPCClientError) {
    const code = (e.data as { code?: string } | undefined)?.code;
    if (code === "UNAUTHORIZED") return "The API refused the token: check ARMSTRAIL_TOKEN.";
    if (code === "FORBIDDEN") return `Not allowed: ${e.message}`;
    if (!code) return `Cannot reach ${env.editorUrl} or ${env.publicUrl}: ${e.message}`;
    return e.message;
  }
  if (e instanceof Error && e.name === "TypeError" && /argument|option/i.test(e.message)) {
    return `${e.message}\n\n${usage}`;
  }
  return e instanceof Error ? e.message : String(e);
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const code = await run(process.argv.slice(2), readEnv(), {
    out: (l) => process.stdout.write(`${l}\n`),
    err: (l) => process.stderr.write(`${l}\n`),
  });
  process.exit(code);
}
