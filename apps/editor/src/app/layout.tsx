import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Arms Trail editor", template: "%s · Arms Trail editor" },
  description: "The newsroom's tool for drafting, reviewing and approving claims.",
  robots: { index: false, follow: false },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <header className="site-header">
          <span className="brand">Arms Trail editor</span>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
