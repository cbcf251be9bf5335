// Runs once when the explainer's server starts, before it serves anything: a bad environment
// (a short REVALIDATE_SECRET, a database address that is not one) stops the start with its
// message, instead of a server that says "Ready" and then answers 500 on every page.
export async function register() {
  // Next sets NEXT_RUNTIME itself; env.ts is Node-only, so it cannot be asked first.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./env");
  env();
}
