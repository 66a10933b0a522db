"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className="text-xs font-medium text-slate-600 hover:text-slate-900">
      {label}
    </button>
  );
}
