"use client";

// A friendly error page: the reader never sees a stack trace.
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>
        This page could not be shown just now. It has been logged; please try again in a moment.
      </p>
      <button type="button" onClick={() => reset()}>
        Try again
      </button>
    </>
  );
}
