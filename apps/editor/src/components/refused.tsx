import Link from "next/link";

const explain: Record<string, string> = {
  FORBIDDEN: "Your role does not give access to this.",
  NOT_FOUND: "There is no such record.",
  UNAUTHORIZED: "Your session has ended. Sign in again.",
};

/** A page the API refused to fill: says why, in words, with a way on. */
export function Refused({
  title,
  problem,
}: {
  title: string;
  problem: { code: string; message: string };
}) {
  return (
    <>
      <h1>{title}</h1>
      <div className="problem" role="alert">
        <p>{explain[problem.code] ?? "This could not be loaded."}</p>
        <p className="muted">{problem.message}</p>
      </div>
      <p>
        {problem.code === "UNAUTHORIZED" ? (
          <Link href="/sign-in">Sign in</Link>
        ) : (
          <Link href="/">Back to the start</Link>
        )}
      </p>
    </>
  );
}
