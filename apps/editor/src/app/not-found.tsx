import Link from "next/link";

// Our own 404: Next.js's built-in one carries an inline <style> without the page's CSP nonce.
export default function NotFound() {
  return (
    <main id="main" className="narrow">
      <h1>Page not found</h1>
      <p>
        Nothing is at this address. <Link href="/">Go to the editor&apos;s start page</Link>.
      </p>
    </main>
  );
}
