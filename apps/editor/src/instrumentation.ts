// Runs once when the editor's server starts, before it serves anything. First the
// environment: a bad one stops the start with its message, instead of a server that says
// "Ready" and then fails on every request. Then the worker that tells the explainer to
// revalidate after approvals, retractions and corrections. Jobs are written in the same
// transaction as the change; this only delivers them, retrying while the explainer is down.
export async function register() {
  // Next sets NEXT_RUNTIME itself; env.ts is Node-only, so it cannot be asked first.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./env");
  env();
  const { startWorker } = await import("./server/revalidation-worker");
  startWorker();
}
