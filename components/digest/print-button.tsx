"use client";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (the digest page prints without the app's controls). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()} className="print:hidden">
      {label}
    </Button>
  );
}
