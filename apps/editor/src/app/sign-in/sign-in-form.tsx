"use client";
import { type FormEvent, useState } from "react";
import { SubmitButton, TextField } from "~/components/fields";
import { safeNext } from "~/lib/safe-next";

/** Posts to Better Auth's email sign-in; the session arrives as an HTTP-only cookie. */
export function SignInForm({ next }: { next: string }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setPending(true);
    setError(null);
    try {
      const res = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        credentials: "same-origin",
        body: JSON.stringify({ email, password }),
      });
      if (res.ok) {
        // A full load, so every server component renders with the new session cookie.
        // Checked again here: whatever reaches this component, only a path on this site.
        window.location.assign(safeNext(next));
        return;
      }
      setError(
        res.status === 429
          ? "Too many sign-in attempts. Wait a few minutes, then try again."
          : res.status === 401 || res.status === 400 || res.status === 403
            ? "That email and password do not match an active account."
            : "Sign-in is not available right now. Try again shortly.",
      );
    } catch {
      setError("The editor could not be reached. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="stack" noValidate>
      {error ? (
        <p className="problem" role="alert">
          {error}
        </p>
      ) : null}
      <TextField
        path="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={setEmail}
      />
      <TextField
        path="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
      />
      <SubmitButton label="Sign in" pendingLabel="Signing in…" pending={pending} />
    </form>
  );
}
