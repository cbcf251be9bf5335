// `pnpm armstrail-admin <command>`: the few things done from a terminal, not the editor.
//   create-admin --email <address> --name <name>   the first admin; asks for the password
//   verify-audit [--head <hash>]                   checks the audit log's hash chain, and
//                                                  that it still reaches a head published earlier
//   backup --out <file>                            the whole database, in our own format
//   restore <file>                                 into a new, migrated, empty database
// The password is read from standard input (for scripts: `printf '%s' "$PW" | ...`) or,
// on a terminal, from a prompt that does not echo. There is no default password.
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb, createFirstAdmin, RuleError, verifyAuditChain } from "@armstrail/db";
import { BackupError, backupDatabase, restoreDatabase } from "@armstrail/db/backup";
import { EmailSchema, PasswordSchema, PersonNameSchema } from "@armstrail/domain";
import { hashPassword } from "better-auth/crypto";

const USAGE = `Usage:
  pnpm armstrail-admin create-admin --email <address> --name <name>
  pnpm armstrail-admin verify-audit [--head <hash>]
  pnpm armstrail-admin backup --out <file>
  pnpm armstrail-admin restore <file>`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

async function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding("utf8");
  return new Promise((resolve, reject) => {
    let value = "";
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") {
          done();
          resolve(value);
          return;
        }
        if (ch === "\u0003") {
          done();
          reject(new Error("Cancelled"));
          return;
        }
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    const done = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
    };
    stdin.on("data", onData);
  });
}

async function readPiped(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline is how `echo` ends a line, not part of the password.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const first = await readHidden("Password (at least 12 characters): ");
  const second = await readHidden("Same password again: ");
  if (first !== second) fail("The two passwords differ. Nothing was changed.");
  return first;
}

/**
 * `pnpm armstrail-admin` runs in this package's folder; a file named on the command line is
 * meant relative to where the person typed it, which pnpm passes on as INIT_CWD.
 */
function userPath(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) fail("DATABASE_URL is not set: point it at the database to change.", 2);
  return url;
}

function database() {
  return createDb({ url: databaseUrl(), maxConnections: 1 });
}

async function createAdmin(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { email: { type: "string" }, name: { type: "string" } },
  });
  const email = EmailSchema.safeParse(values.email);
  const name = PersonNameSchema.safeParse(values.name);
  if (!email.success) fail(`--email: ${email.error.issues[0]?.message ?? "required"}\n${USAGE}`, 2);
  if (!name.success) fail(`--name: ${name.error.issues[0]?.message ?? "required"}\n${USAGE}`, 2);
  const password = PasswordSchema.safeParse(await readPassword());
  if (!password.success) fail(`Password: ${password.error.issues[0]?.message ?? "required"}`, 2);

  const db = database();
  try {
    const person = await createFirstAdmin(
      db,
      { email: email.data, name: name.data, passwordHash: await hashPassword(password.data) },
      { userId: null, label: "armstrail-admin", via: "command" },
    );
    console.log(`${person.email} is now an admin and can sign in to the editor.`);
  } catch (e) {
    if (e instanceof RuleError) fail(e.message);
    throw e;
  } finally {
    await db.$disconnect();
  }
}

const HashSchema = /^[0-9a-f]{64}$/;

async function verifyAudit(args: string[]) {
  const { values } = parseArgs({ args, options: { head: { type: "string" } } });
  const head = values.head?.trim().toLowerCase();
  if (head !== undefined && !HashSchema.test(head)) {
    fail(`--head: expected a SHA-256 hash (64 hexadecimal characters)\n${USAGE}`, 2);
  }
  const db = database();
  try {
    const result = await verifyAuditChain(db, { head });
    if (!result.ok) fail(`Audit log BROKEN at entry ${result.brokenAt}: ${result.problem}.`);
    console.log(`Audit log intact: ${result.entries} entries, last hash ${result.lastHash}.`);
    if (result.head) {
      const where = result.head.seq ? `entry ${result.head.seq}` : "the start of the chain";
      console.log(
        `The head ${result.head.hash} is ${where}; ${result.head.followedBy} entries were written after it.`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}

async function backup(args: string[]) {
  const { values } = parseArgs({ args, options: { out: { type: "string" } } });
  if (!values.out) fail(`backup: --out <file> is required\n${USAGE}`, 2);
  const out = userPath(values.out);
  // Written beside the target and renamed at the end, so a failed backup never looks whole.
  const partial = `${out}.partial`;
  try {
    const header = await backupDatabase(databaseUrl(), createWriteStream(partial));
    await rename(partial, out);
    const rows = header.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `Backed up ${rows} rows of ${header.tables.length} tables to ${out}.\nAudit head: ${header.auditHead.hash} (${header.auditHead.count} entries). Keep this hash apart from the backup: \`verify-audit --head\` checks a restored log still reaches it.`,
    );
  } catch (e) {
    await rm(partial, { force: true });
    if (e instanceof BackupError) fail(e.message);
    throw e;
  }
}

async function restore(args: string[]) {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  const [given] = positionals;
  if (!given || positionals.length > 1) fail(`restore: give one backup file\n${USAGE}`, 2);
  const file = userPath(given);
  if (!existsSync(file)) fail(`restore: ${file} does not exist.`, 2);
  let restored: Awaited<ReturnType<typeof restoreDatabase>>;
  try {
    restored = await restoreDatabase(databaseUrl(), createReadStream(file));
  } catch (e) {
    if (e instanceof BackupError) fail(`${e.message}\nNothing was restored.`);
    throw e;
  }
  console.log(
    `Restored ${restored.rows} rows of ${restored.header.tables.length} tables from ${file} (made ${restored.header.createdAt}).`,
  );
  await verifyAudit(["--head", restored.header.auditHead.hash]);
}

const [command, ...rest] = process.argv.slice(2);
if (command === "create-admin") await createAdmin(rest);
else if (command === "verify-audit") await verifyAudit(rest);
else if (command === "backup") await backup(rest);
else if (command === "restore") await restore(rest);
else fail(USAGE, 2);
