"use client";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { initialResult, type ActionResult } from "@/lib/actions/result";

type Action<T> = (prev: ActionResult<T>, input: FormData) => Promise<ActionResult<T>>;

/**
 * Wires a form to an inquiry action. Submits through onSubmit (with the clicked button's
 * name/value) instead of <form action>, so a failed save never resets what was typed;
 * `resetOnSuccess` clears the form after a save (composers).
 */
export function useInquiryForm<T>(action: Action<T>, { resetOnSuccess = false } = {}) {
  const [state, dispatch, pending] = useActionState(action, initialResult as ActionResult<T>);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state.ok && resetOnSuccess) formRef.current?.reset();
  }, [state, resetOnSuccess]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  }

  return { state, pending, formRef, onSubmit };
}
