import type { ReactNode } from "react";

/** What a reader sees when a page fails: never a stack trace. */
export function SomethingWentWrong({ children }: { children?: ReactNode }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>
        This page could not be shown just now. It has been logged; please try again in a moment.
      </p>
      {children}
    </>
  );
}
