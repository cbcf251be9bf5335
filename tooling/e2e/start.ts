import { spawn } from "node:child_process";

/**
 * Starts this app's production build with the given environment on its own port and waits for
 * the process to end (it should refuse to start): its exit code and everything it printed.
 */
export function startAndWait(env: Record<string, string>, port: number) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(
      "pnpm",
      ["exec", "next", "start", "--port", String(port), "--hostname", "127.0.0.1"],
      { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: "pipe" },
    );
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    // A server that did start is stopped, and the test sees its output.
    const stop = setTimeout(() => child.kill("SIGTERM"), 60_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(stop);
      resolve({ code, output });
    });
  });
}
