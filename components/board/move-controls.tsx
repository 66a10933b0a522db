"use client";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { moveProblemAction } from "@/app/(app)/board/actions";
import { Modal } from "@/components/admin/modal";
import { Button } from "@/components/ui/button";
import { initialResult } from "@/lib/actions/result";
import type { ProblemStatus } from "@/lib/board/rules";
import { isProgressMove, moveLabelKey, primaryMove } from "@/lib/board/queries-view";
import { BoardFeedback } from "./action-feedback";
import { DeclineForm, ShipForm } from "./move-dialogs";

export type MovableProblem = { id: string; number: number; title: string; status: ProblemStatus; version: number };

type Dialog = "menu" | "decline" | "ship" | null;

/**
 * Move buttons for PRODUCT/ADMIN (the page renders them only for "board.manage"; the action checks
 * again). On a card: the next step as a button, and "Move to…" with every allowed move. In the
 * problem page's panel (`layout="panel"`): every allowed move as a button. Declining asks for a
 * reason and shipping opens the ship dialog; plain moves post at once.
 */
export function MoveControls({ problem, allowed, layout = "card" }: {
  problem: MovableProblem;
  allowed: readonly ProblemStatus[];
  layout?: "card" | "panel";
}) {
  const t = useTranslations("board.moves");
  const [state, dispatch, pending] = useActionState(moveProblemAction, initialResult);
  const [dialog, setDialog] = useState<Dialog>(null);
  // A <dialog> closed from code fires "close" too: only clear the state if that dialog is current,
  // so going from the menu to the decline or ship dialog does not close the new one.
  const closeIf = (which: Dialog) => () => setDialog((current) => (current === which ? null : current));

  function go(to: ProblemStatus) {
    if (to === "DECLINED") return setDialog("decline");
    if (to === "SHIPPED") return setDialog("ship");
    setDialog(null);
    const data = new FormData();
    data.set("problemId", problem.id);
    data.set("expectedVersion", String(problem.version));
    data.set("status", to);
    startTransition(() => dispatch(data));
  }

  if (!allowed.length) return layout === "panel" ? <p className="text-sm text-slate-500">{t("none")}</p> : null;

  const primary = primaryMove(problem.status, allowed) ?? allowed[0];
  const label = (to: ProblemStatus) => t(moveLabelKey(problem.status, to));

  return (
    <div className="space-y-2">
      {layout === "card" ? (
        <div className="flex flex-wrap gap-1.5">
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => go(primary)}>
            {pending ? t("moving") : label(primary)}
          </Button>
          {allowed.length > 1 && (
            <Button size="sm" variant="ghost" disabled={pending} onClick={() => setDialog("menu")}
              aria-label={t("moreLabel", { number: problem.number })} aria-haspopup="dialog">
              {t("more")}
            </Button>
          )}
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {allowed.map((to) => (
            <Button key={to} size="sm" disabled={pending} onClick={() => go(to)}
              variant={to === primary && isProgressMove(problem.status, to) ? "primary" : to === "DECLINED" ? "ghost" : "secondary"}>
              {label(to)}
            </Button>
          ))}
        </div>
      )}
      <BoardFeedback state={state} />

      <Modal open={dialog === "menu"} onClose={closeIf("menu")} title={t("moreLabel", { number: problem.number })} description={problem.title}>
        <ul className="space-y-2">
          {allowed.map((to) => (
            <li key={to}>
              <Button variant={to === primary && isProgressMove(problem.status, to) ? "primary" : "secondary"} className="w-full justify-start" onClick={() => go(to)}>
                {label(to)}
              </Button>
            </li>
          ))}
        </ul>
      </Modal>
      <DeclineDialog open={dialog === "decline"} onClose={closeIf("decline")} problem={problem} />
      <ShipDialog open={dialog === "ship"} onClose={closeIf("ship")} problem={problem} />
    </div>
  );
}

function DeclineDialog({ open, onClose, problem }: { open: boolean; onClose: () => void; problem: MovableProblem }) {
  const t = useTranslations("board.decline");
  return (
    <Modal open={open} onClose={onClose} title={t("title", { number: problem.number })} description={t("body")}>
      <DeclineForm problem={problem} onCancel={onClose} />
    </Modal>
  );
}

function ShipDialog({ open, onClose, problem }: { open: boolean; onClose: () => void; problem: MovableProblem }) {
  const t = useTranslations("board.ship");
  return (
    <Modal open={open} onClose={onClose} title={t("title", { number: problem.number })} description={t("body")}>
      <ShipForm problem={problem} onCancel={onClose} />
    </Modal>
  );
}
