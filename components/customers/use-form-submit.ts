"use client";
import { startTransition, type FormEvent } from "react";

/**
 * onSubmit for a useActionState form that must NOT be reset after the action runs. React 19
 * resets a `<form action={fn}>` after every submission, which also snaps a controlled <select>
 * back to its first option in the DOM while its state keeps the old value — the next submit
 * then posts a value the user never picked. Dispatching from onSubmit keeps what was typed.
 */
export function submitWith(dispatch: (form: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
}
