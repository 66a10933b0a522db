"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

export function SideNav({ items, label }: { items: { href: string; label: string }[]; label: string }) {
  const pathname = usePathname();
  // The longest matching prefix is active, so /inquiries/new does not also light up /inquiries.
  const active = items
    .filter((i) => pathname === i.href || pathname.startsWith(i.href + "/"))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label} className="mt-6 space-y-0.5">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={item.href === active ? "page" : undefined}
          className={cx(
            "block rounded-md px-2 py-1.5 text-sm font-medium",
            item.href === active ? "bg-indigo-50 text-indigo-700" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
