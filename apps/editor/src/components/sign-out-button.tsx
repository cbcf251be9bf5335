"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** Ends the session (Better Auth's sign-out endpoint) and goes to the sign-in page. */
export function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="link-button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        try {
          await fetch("/api/auth/sign-out", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: "{}",
            credentials: "same-origin",
          });
        } finally {
          router.replace("/sign-in");
          router.refresh();
        }
      }}
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
