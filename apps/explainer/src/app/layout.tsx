import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Arms Trail", template: "%s · Arms Trail" },
  description:
    "An open, fact-checked tracker of arms transfers between states and the sanctions they breach.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <a href="/" className="brand">
            Arms Trail
          </a>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
