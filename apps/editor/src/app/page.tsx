export default function EditorHome() {
  return (
    <>
      <h1>Arms Trail editor</h1>
      <p>
        The editor&apos;s API is served at <code>/api/trpc</code>: every procedure needs a signed-in
        fact-checker, editor or admin. Sign-in, drafting and review screens are being built next.
      </p>
    </>
  );
}
