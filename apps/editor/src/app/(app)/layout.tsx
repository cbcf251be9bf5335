import { type Role, may, roleWords } from "@armstrail/domain";
import Link from "next/link";
import type { ReactNode } from "react";
import { type NavItem, AppNav } from "~/components/app-nav";
import { SignOutButton } from "~/components/sign-out-button";
import { requireSession } from "~/server/session";

/** What each role finds in the menu. The API decides what they may do; this only tidies. */
function navFor(role: Role): NavItem[] {
  const items: NavItem[] = [];
  if (may(role, "review")) items.push({ href: "/review", label: "Review queue" });
  items.push(
    { href: "/claims", label: "Claims" },
    { href: "/story", label: "Story" },
    { href: "/entities", label: "Entities" },
  );
  if (may(role, "draft")) items.push({ href: "/import", label: "Import" });
  if (may(role, "admin")) {
    items.push(
      { href: "/admin/people", label: "People" },
      { href: "/admin/tokens", label: "API tokens" },
      { href: "/admin/audit", label: "Audit log" },
    );
  }
  return items;
}

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const session = await requireSession();
  return (
    <>
      <header className="app-header">
        <Link href="/" className="brand">
          Arms Trail <span>editor</span>
        </Link>
        <AppNav items={navFor(session.role)} label="Main" />
        <div className="account">
          <span className="who">
            <span className="name">{session.name}</span>{" "}
            <span className="role">{roleWords[session.role]}</span>
          </span>
          <SignOutButton />
        </div>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
