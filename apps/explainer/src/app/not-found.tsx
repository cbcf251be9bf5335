import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no published record at this address. It may never have existed, or it may not be
        published yet.
      </p>
      <p>
        Try the <Link href="/search">search</Link> or the <Link href="/claims">list of claims</Link>
        .
      </p>
    </>
  );
}
