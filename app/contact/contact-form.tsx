"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Field, errorProps } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/input";
import { CONTACT_LIMITS, HONEYPOT_FIELD } from "@/lib/contact/schema";
import { ThankYou } from "./thank-you";

type Failure = { fieldErrors?: Record<string, string[]>; formError?: string };
const fields = ["name", "email", "subject", "message"] as const;

/**
 * The public web form. With JavaScript it posts JSON with fetch and keeps what was typed on any
 * error; without, the browser posts the same form to the same route (see app/api/contact/route.ts).
 */
export function ContactForm({ token, initialError }: { token: string; initialError?: string }) {
  const t = useTranslations("contact");
  const [failure, setFailure] = useState<Failure>({ formError: initialError });
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState<{ reference: number | null } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const thanksRef = useRef<HTMLHeadingElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const body = Object.fromEntries(new FormData(event.currentTarget));
    setPending(true);
    try {
      const res = await fetch("/api/contact", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
      });
      const data = (await res.json().catch(() => null)) as ({ ok: boolean; reference?: number | null } & Failure) | null;
      if (res.ok && data?.ok) {
        setSent({ reference: data.reference ?? null });
        requestAnimationFrame(() => thanksRef.current?.focus());
        return;
      }
      setFailure({ fieldErrors: data?.fieldErrors, formError: data?.formError ?? t("unexpected") });
      const firstInvalid = fields.find((f) => data?.fieldErrors?.[f]?.length);
      if (firstInvalid) formRef.current?.querySelector<HTMLElement>(`#contact-${firstInvalid}`)?.focus();
    } catch {
      // Offline or the server is down: same token, so pressing send again cannot create a duplicate.
      setFailure({ formError: t("network") });
    } finally {
      setPending(false);
    }
  }

  if (sent) return <ThankYou reference={sent.reference} headingRef={thanksRef} />;

  const errorsFor = (field: (typeof fields)[number]) => failure.fieldErrors?.[field];
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-500">{t("intro")}</p>
      <form ref={formRef} method="post" action="/api/contact" onSubmit={onSubmit} noValidate className="space-y-4">
        <input type="hidden" name="token" value={token} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="contact-name" label={t("name")} errors={errorsFor("name")}>
            <Input id="contact-name" name="name" autoComplete="name" required maxLength={CONTACT_LIMITS.name} {...errorProps("contact-name", errorsFor("name"))} />
          </Field>
          <Field id="contact-email" label={t("email")} errors={errorsFor("email")}>
            <Input id="contact-email" name="email" type="email" autoComplete="email" required maxLength={CONTACT_LIMITS.email} {...errorProps("contact-email", errorsFor("email"))} />
          </Field>
        </div>
        <Field id="contact-subject" label={t("subject")} errors={errorsFor("subject")}>
          <Input id="contact-subject" name="subject" required maxLength={CONTACT_LIMITS.subject} {...errorProps("contact-subject", errorsFor("subject"))} />
        </Field>
        <Field
          id="contact-message"
          label={t("message")}
          errors={errorsFor("message")}
          hint={t("messageHint", { max: CONTACT_LIMITS.message.toLocaleString() })}
        >
          <Textarea id="contact-message" name="message" rows={8} required maxLength={CONTACT_LIMITS.message} {...errorProps("contact-message", errorsFor("message"))} />
        </Field>
        {/* Honeypot: invisible to people and screen readers, skipped by Tab, ignored by autofill. */}
        <div aria-hidden="true" className="absolute -left-[9999px] top-auto h-px w-px overflow-hidden">
          <label htmlFor={HONEYPOT_FIELD}>{t("honeypot")}</label>
          <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        {failure.formError && (
          <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700 ring-1 ring-rose-200">{failure.formError}</p>
        )}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-xs text-slate-500">{t("privacy")}</p>
          <Button type="submit" disabled={pending} aria-disabled={pending}>{pending ? t("submitting") : t("submit")}</Button>
        </div>
      </form>
    </>
  );
}
