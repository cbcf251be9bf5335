"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { SubmitButton, TextField } from "~/components/fields";
import { ProblemSummary } from "~/components/problem-summary";
import { api, errorsFor } from "~/lib/trpc";
import { useAction } from "~/lib/use-action";

export function AcceptInvite({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [again, setAgain] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const accept = useAction(
    (input: { name: string; password: string }) => api.invite.accept.mutate({ token, ...input }),
    { refresh: false },
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMismatch(password !== again);
    if (password !== again) return;
    const r = await accept.run({ name, password });
    if (r.ok) router.replace(`/sign-in?joined=${encodeURIComponent(email)}`);
  }

  return (
    <form onSubmit={submit} noValidate className="stack" aria-label="Join the newsroom">
      <ProblemSummary
        problem={accept.problem}
        labels={{ name: "Your name", password: "Password" }}
      />
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <TextField
        path="name"
        label="Your name"
        required
        autoComplete="name"
        value={name}
        onChange={setName}
        errors={errorsFor(accept.problem, "name")}
      />
      <TextField
        path="password"
        label="Password"
        type="password"
        required
        autoComplete="new-password"
        hint="At least 12 characters. A short sentence is easy to remember and hard to guess."
        value={password}
        onChange={setPassword}
        errors={errorsFor(accept.problem, "password")}
      />
      <TextField
        path="password-again"
        label="Password again"
        type="password"
        required
        autoComplete="new-password"
        value={again}
        onChange={setAgain}
        errors={mismatch ? ["The two passwords differ"] : undefined}
      />
      <SubmitButton label="Join the newsroom" pendingLabel="Joining…" pending={accept.pending} />
    </form>
  );
}
