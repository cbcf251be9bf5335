"use client";

import { SomethingWentWrong } from "~/components/something-went-wrong";

// A friendly error page: the reader never sees a stack trace.
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <SomethingWentWrong>
      <button type="button" onClick={() => reset()}>
        Try again
      </button>
    </SomethingWentWrong>
  );
}
