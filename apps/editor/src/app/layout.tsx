import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Arms Trail editor", template: "%s · Arms Trail editor" },
  description: "The newsroom's tool for drafting, reviewing and approving claims.",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page, the 404 too, is rendered on request: its scripts need this request's CSP
  // nonce (src/proxy.ts), which a page prerendered at build time could not carry.
  await connection();
  return (
    <html lang="en-GB">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
