import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import { FieldError, InvalidTransitionError, NotFoundError } from "@/lib/errors";
import { canMoveProblem, isProductResponse } from "../rules";
import {
  addProblemCommentSchema, editProblemSchema, moveProblemSchema, setProblemOwnerSchema,
  type AddProblemCommentInput, type EditProblemInput, type MoveProblemInput, type SetProblemOwnerInput,
} from "../schema";
import { liveProblemScope } from "../scope";
import { changeProblem, type ProblemChangeResult } from "./change";

/** Roles that can own a problem (the product team, and admins). */
export const ownerRoles = ["PRODUCT", "ADMIN"] as const;

/** Data of a ProblemEvent of kind STATUS. */
export type ProblemStatusEventData = { from: string; to: string; declineReason?: string; releaseNote?: string };

/**
 * Moves a card along the allowed moves (rules.ts). Declining needs a reason (CS relays it);
 * the first move out of REPORTED stamps the product response time. SHIPPED is not a move: it
 * goes through shipProblem (release note, closing the loop).
 * @throws ForbiddenError, NotFoundError, ConflictError, InvalidTransitionError, FieldError("declineReason")
 */
export async function moveProblem(actor: Actor, input: MoveProblemInput): Promise<ProblemChangeResult> {
  assertCan(actor, "board.manage");
  const { problemId, expectedVersion, status, declineReason } = moveProblemSchema.parse(input);
  return changeProblem(actor, problemId, expectedVersion, (current, _tx, now) => {
    if (current.status === status) return null;
    if (status === "SHIPPED" || !canMoveProblem(current.status, status)) throw new InvalidTransitionError(current.status, status);
    if (status === "DECLINED" && !declineReason) throw new FieldError("declineReason", "required");
    const data: ProblemStatusEventData = { from: current.status, to: status, ...(status === "DECLINED" ? { declineReason } : {}) };
    return {
      fields: {
        status,
        // The reason describes the current decline; reconsidering clears it (the event keeps it).
        declineReason: status === "DECLINED" ? declineReason : null,
        ...(isProductResponse(current.status, status) && !current.respondedAt ? { respondedAt: now } : {}),
        // A fix that did not hold is no longer shipped: "inquiries removed" starts over at the next ship.
        ...(current.status === "SHIPPED" ? { shippedAt: null } : {}),
      },
      events: [{ kind: "STATUS", data }],
      audit: { action: "problem.move", data },
    };
  });
}

/**
 * Sets the problem's owner: an active PRODUCT or ADMIN user, or nobody.
 * @throws ForbiddenError, NotFoundError, ConflictError, FieldError("ownerId")
 */
export async function setProblemOwner(actor: Actor, input: SetProblemOwnerInput): Promise<ProblemChangeResult> {
  assertCan(actor, "board.manage");
  const { problemId, expectedVersion, ownerId } = setProblemOwnerSchema.parse(input);
  return changeProblem(actor, problemId, expectedVersion, async (current, tx) => {
    if (current.ownerId === ownerId) return null;
    const owner = ownerId
      ? await tx.user.findFirst({ where: { id: ownerId, active: true, role: { in: [...ownerRoles] } }, select: { id: true, name: true } })
      : null;
    if (ownerId && !owner) throw new FieldError("ownerId", "invalid");
    const data = { from: current.ownerId, to: ownerId, fromName: current.owner?.name ?? null, toName: owner?.name ?? null };
    return {
      fields: { ownerId },
      events: [{ kind: "OWNER", data }],
      audit: { action: "problem.owner", data: { from: data.from, to: data.to } },
    };
  });
}

/**
 * Edits the title and description.
 * @throws ForbiddenError, NotFoundError, ConflictError
 */
export async function editProblem(actor: Actor, input: EditProblemInput): Promise<ProblemChangeResult> {
  assertCan(actor, "board.manage");
  const { problemId, expectedVersion, title, description } = editProblemSchema.parse(input);
  return changeProblem(actor, problemId, expectedVersion, (current) => {
    const titleChanged = current.title !== title;
    const descriptionChanged = current.description !== description;
    if (!titleChanged && !descriptionChanged) return null;
    const data = {
      ...(titleChanged ? { fromTitle: current.title, toTitle: title } : {}),
      descriptionChanged,
    };
    return { fields: { title, description }, events: [{ kind: "EDITED", data }], audit: { action: "problem.edit", data } };
  });
}

/**
 * A comment in the problem's discussion (product ⇄ CS). Append-only: no version check, so a
 * comment never turns someone's pending move into a conflict.
 * @throws ForbiddenError, NotFoundError
 */
export async function addProblemComment(actor: Actor, input: AddProblemCommentInput): Promise<{ problemId: string; eventId: string }> {
  assertCan(actor, "board.comment");
  const { problemId, body } = addProblemCommentSchema.parse(input);
  return db.$transaction(async (tx) => {
    const problem = await tx.problem.findFirst({ where: { AND: [{ id: problemId }, liveProblemScope(actor)] }, select: { id: true } });
    if (!problem) throw new NotFoundError("problem");
    const now = new Date();
    const event = await tx.problemEvent.create({
      data: { problemId, kind: "COMMENT", body, actorId: actor.id, createdAt: now },
      select: { id: true },
    });
    await tx.auditEvent.create({ data: auditEntry(actor, "problem.comment", "Problem", problemId, { length: body.length }) });
    return { problemId, eventId: event.id };
  });
}
