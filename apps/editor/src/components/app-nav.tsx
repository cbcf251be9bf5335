"use client";
// The main navigation. Marks the current section with aria-current so it is announced,
// and on a phone folds into a disclosure button to keep the page's content in view.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

export interface NavItem {
  href: string;
  label: string;
}

export function AppNav({ items, label }: { items: readonly NavItem[]; label: string }) {
  const path = usePathname();
  const [open, setOpen] = useState(false);
  // Close the phone menu after navigating.
  useEffect(() => setOpen(false), [path]);
  const current = (href: string) => path === href || path.startsWith(`${href}/`);
  return (
    <nav aria-label={label} className="app-nav">
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls="app-nav-list"
        onClick={() => setOpen((o) => !o)}
      >
        Menu
      </button>
      <ul id="app-nav-list" className={open ? "open" : undefined}>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={current(item.href) ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
