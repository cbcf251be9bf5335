// `pnpm armstrail-admin <command>`: the few things done from a terminal, not the editor.
//   create-admin --email <address> --name <name>   the first admin; asks for the password
//   verify-audit                                   checks the audit log's hash chain
// The password is read from standard input (for scripts: `printf '%s' "$PW" | ...`) or,
// on a terminal, from a prompt that does not echo. There is no default password.
import { parseArgs } from "node:util";
import { createDb, createFirstAdmin, RuleError, verifyAuditChain } from "@armstrail/db";
import { EmailSchema, PasswordSchema, PersonNameSchema } from "@armstrail/domain";
import { hashPassword } from "better-auth/crypto";

const USAGE = `Usage:
  pnpm armstrail-admin create-admin --email <address> --name <name>
  pnpm armstrail-admin verify-audit`;

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

function database() {
  const url = process.env.DATABASE_URL;
  if (!url) fail("DATABASE_URL is not set: point it at the database to change.", 2);
  return createDb({ url, maxConnections: 1 });
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

async function verifyAudit() {
  const db = database();
  try {
    const result = await verifyAuditChain(db);
    if (result.ok) {
      console.log(`Audit log intact: ${result.entries} entries, last hash ${result.lastHash}.`);
    } else {
      fail(`Audit log BROKEN at entry ${result.brokenAt}: ${result.problem}.`);
    }
  } finally {
    await db.$disconnect();
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === "create-admin") await createAdmin(rest);
else if (command === "verify-audit") await verifyAudit();
else fail(USAGE, 2);
