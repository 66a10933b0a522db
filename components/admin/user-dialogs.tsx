"use client";
import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { Field, errorProps } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialResult } from "@/lib/actions/result";
import { roles, type RoleName } from "@/lib/authz/permissions";
import { MIN_PASSWORD_LENGTH } from "@/lib/admin/schema";
import { Modal } from "./modal";
import { failure, type FormAction } from "./types";

export function CreateUserDialog({ action }: { action: FormAction }) {
  const t = useTranslations("admin.users");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t("add")}</Button>
      <Modal open={open} onClose={() => setOpen(false)} title={t("form.title")} description={t("form.description")}>
        <CreateUserForm action={action} onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function CreateUserForm({ action, onDone }: { action: FormAction; onDone: () => void }) {
  const t = useTranslations("admin.users.form");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(action, initialResult);
  const { fieldErrors: fe, values } = failure(state);
  useEffect(() => {
    if (state.ok) onDone();
  }, [state, onDone]);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <Field id="user-name" label={t("name")} errors={fe?.name}>
        <Input id="user-name" name="name" defaultValue={values?.name} maxLength={100} autoComplete="off" autoFocus {...errorProps("user-name", fe?.name)} />
      </Field>
      <Field id="user-email" label={t("email")} errors={fe?.email}>
        <Input id="user-email" name="email" type="email" defaultValue={values?.email} maxLength={320} autoComplete="off" {...errorProps("user-email", fe?.email)} />
      </Field>
      <Field id="user-role" label={t("role")} errors={fe?.role}>
        {/* Keyed by the echoed value: React's post-action form reset restores a select to its
            first default, so a remount is what keeps the chosen role after an error. */}
        <Select key={values?.role ?? "initial"} id="user-role" name="role" defaultValue={values?.role ?? "AGENT"} {...errorProps("user-role", fe?.role)}>
          {roles.map((role) => <option key={role} value={role}>{tc(`roles.${role}`)}</option>)}
        </Select>
      </Field>
      {/* The length rule stays visible next to a "Too short." error, so it is not a Field hint. */}
      <Field id="user-password" label={t("password")} errors={fe?.password}>
        <Input id="user-password" name="password" type="password" minLength={MIN_PASSWORD_LENGTH} autoComplete="new-password" aria-describedby={fe?.password ? "user-password-rule user-password-error" : "user-password-rule"} aria-invalid={fe?.password ? true : undefined} />
        <p id="user-password-rule" className="text-xs text-slate-500">{t("passwordHint")}</p>
      </Field>
      <FormMessage state={state} />
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="secondary" onClick={onDone}>{tc("actions.cancel")}</Button>
        <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}

export function ChangeRoleDialog({ action, user }: { action: FormAction; user: { id: string; name: string; role: RoleName } }) {
  const t = useTranslations("admin.users.role");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>{t("action")}</Button>
      <Modal open={open} onClose={() => setOpen(false)} title={t("title", { name: user.name })} description={t("description")}>
        <ChangeRoleForm action={action} user={user} onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function ChangeRoleForm({ action, user, onDone }: { action: FormAction; user: { id: string; role: RoleName }; onDone: () => void }) {
  const t = useTranslations("admin.users.role");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(action, initialResult);
  const { fieldErrors: fe, values } = failure(state);
  useEffect(() => {
    if (state.ok) onDone();
  }, [state, onDone]);
  const id = `role-${user.id}`;
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="userId" value={user.id} />
      <Field id={id} label={t("label")} errors={fe?.role ?? fe?.userId}>
        <Select key={values?.role ?? "initial"} id={id} name="role" defaultValue={values?.role ?? user.role} autoFocus {...errorProps(id, fe?.role)}>
          {roles.map((role) => <option key={role} value={role}>{tc(`roles.${role}`)}</option>)}
        </Select>
      </Field>
      <FormMessage state={state} />
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="secondary" onClick={onDone}>{tc("actions.cancel")}</Button>
        <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
