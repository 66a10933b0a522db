import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { inquiryScope } from "@/lib/inquiries/scope";
import { applyLinkChanges } from "../rollups";
import { createProblemSchema, linkInquiriesSchema, unlinkInquirySchema, type CreateProblemInput, type LinkInquiriesInput, type UnlinkInquiryInput } from "../schema";
import { problemScope } from "../scope";

export type Tx = Prisma.TransactionClient;

/** Data of an InquiryEvent of kind PROBLEM (link: from null; unlink: to null; move: both). */
export type ProblemLinkEventData = { from: string | null; to: string | null; fromTitle: string | null; toTitle: string | null };

export type LinkResult = { problemId: string | null; changed: boolean; linked: number; moved: number };
export type CreatedProblem = { problemId: string; number: number };

type LockedProblem = { id: string; number: number; title: string; mergedIntoId: string | null };
type LinkRow = { id: string; problemId: string | null };

/** Link transactions touch rows of many problems and inquiries: allow more than Prisma's 5 s. */
export const LINK_TX = { timeout: 30_000, maxWait: 10_000 } as const;

/** An inquiry changed problems between our read and our lock: start the transaction again. */
class LinksMovedMeanwhile extends Error {}

/**
 * Runs `fn` in a transaction, again (up to 3 times) when the links it read moved under it before
 * it could lock them. See lockProblemsForLinks for the locking protocol.
 */
export async function withLinkTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn, LINK_TX);
    } catch (error) {
      if (!(error instanceof LinksMovedMeanwhile) || attempt >= 3) throw error;
    }
  }
}

/**
 * The locking protocol of every change of Inquiry.problemId (link, move, unlink, merge):
 * lock the Problem rows of the old AND new problems FOR UPDATE, in id order, then lock the
 * inquiry rows (also in id order) and check they still point where we read. Holding both
 * problems' rows serializes concurrent changes of the same problem's links, which keeps the
 * incremental rollups exact; the fixed order rules out deadlocks between two such changes.
 * Returns the locked problems that exist (merged ones included: the caller decides).
 */
export async function lockProblemsForLinks(tx: Tx, problemIds: readonly (string | null)[]): Promise<Map<string, LockedProblem>> {
  const ids = [...new Set(problemIds.filter((id): id is string => Boolean(id)))].sort();
  if (!ids.length) return new Map();
  const rows = await tx.$queryRaw<LockedProblem[]>`
    SELECT "id"::text AS "id", "number", "title", "mergedIntoId"::text AS "mergedIntoId"
    FROM "Problem" WHERE "id" = ANY(${ids}::uuid[]) ORDER BY "id" FOR UPDATE`;
  return new Map(rows.map((r) => [r.id, r]));
}

async function lockInquiries(tx: Tx, inquiryIds: readonly string[]): Promise<LinkRow[]> {
  return tx.$queryRaw<LinkRow[]>`
    SELECT "id"::text AS "id", "problemId"::text AS "problemId"
    FROM "Inquiry" WHERE "id" = ANY(${[...inquiryIds]}::uuid[]) ORDER BY "id" FOR UPDATE`;
}

/**
 * Reads the inquiries (scoped: an id the actor may not see is "not found"), locks their current
 * problems plus `targetId`, then the inquiry rows. Throws LinksMovedMeanwhile when an inquiry
 * now points at a problem we did not lock.
 */
async function lockLinkContext(tx: Tx, actor: Actor, inquiryIds: readonly string[], targetId: string | null) {
  const seen = await tx.inquiry.findMany({
    where: { AND: [{ id: { in: [...inquiryIds] } }, inquiryScope(actor)] },
    select: { id: true, problemId: true },
  });
  if (seen.length !== inquiryIds.length) throw new NotFoundError("inquiry");
  const problems = await lockProblemsForLinks(tx, [targetId, ...seen.map((r) => r.problemId)]);
  const rows = await lockInquiries(tx, inquiryIds);
  if (rows.some((r) => r.problemId && !problems.has(r.problemId))) throw new LinksMovedMeanwhile();
  return { problems, rows };
}

/**
 * Points `rows` at `target` (or at nothing) and writes everything that goes with it: both
 * timelines (PROBLEM events on each inquiry; LINKED / UNLINKED on each problem), both problems'
 * rollups, and nothing for rows already there. Problems must be locked (lockProblemsForLinks).
 */
export async function applyLinkChange(
  tx: Tx,
  actor: Actor,
  rows: readonly LinkRow[],
  target: LockedProblem | null,
  problems: ReadonlyMap<string, LockedProblem>,
  now: Date,
  opts: { via?: "merge" } = {},
): Promise<{ changed: LinkRow[] }> {
  const targetId = target?.id ?? null;
  const changed = rows.filter((r) => r.problemId !== targetId);
  if (!changed.length) return { changed };
  const ids = changed.map((r) => r.id);
  await tx.$executeRaw`
    UPDATE "Inquiry" SET "problemId" = ${targetId}::uuid, "updatedAt" = ${now}
    WHERE "id" = ANY(${ids}::uuid[])`;

  const title = (id: string | null) => (id ? problems.get(id)?.title ?? null : null);
  await tx.inquiryEvent.createMany({
    data: changed.map((r) => ({
      inquiryId: r.id,
      kind: "PROBLEM" as const,
      actorId: actor.id,
      createdAt: now,
      data: { from: r.problemId, to: targetId, fromTitle: title(r.problemId), toTitle: title(targetId) } satisfies ProblemLinkEventData,
    })),
  });

  const bySource = new Map<string, string[]>();
  for (const r of changed) if (r.problemId) bySource.set(r.problemId, [...(bySource.get(r.problemId) ?? []), r.id]);
  const events: Prisma.ProblemEventCreateManyInput[] = [];
  for (const [sourceId, moved] of bySource) {
    events.push({
      problemId: sourceId, kind: "UNLINKED", actorId: actor.id, createdAt: now,
      data: { inquiryIds: moved, count: moved.length, to: targetId, toTitle: title(targetId), ...(opts.via ? { via: opts.via } : {}) },
    });
  }
  if (targetId) {
    events.push({
      problemId: targetId, kind: "LINKED", actorId: actor.id, createdAt: now,
      data: {
        inquiryIds: ids,
        count: ids.length,
        movedFrom: [...bySource].map(([id, moved]) => ({ id, title: title(id), count: moved.length })),
        ...(opts.via ? { via: opts.via } : {}),
      },
    });
  }
  await tx.problemEvent.createMany({ data: events });

  // Rollups read the links as they are now (after the UPDATE above).
  await applyLinkChanges(tx, [
    ...[...bySource].map(([problemId, moved]) => ({ problemId, inquiryIds: moved, direction: "removed" as const })),
    ...(targetId ? [{ problemId: targetId, inquiryIds: ids, direction: "added" as const }] : []),
  ], env.ORG_TIME_ZONE);
  return { changed };
}

/**
 * Creates a problem on the board with the given inquiries as its evidence. Inquiries already on
 * another problem move to the new one (both timelines say so).
 * @throws ForbiddenError, NotFoundError (an inquiry)
 */
export async function createProblem(actor: Actor, input: CreateProblemInput): Promise<CreatedProblem> {
  assertCan(actor, "board.push");
  const { title, description, inquiryIds } = createProblemSchema.parse(input);
  return withLinkTransaction(async (tx) => {
    const now = new Date();
    const problem = await tx.problem.create({
      data: { title, description, createdById: actor.id, createdAt: now, updatedAt: now },
      select: { id: true, number: true, title: true, mergedIntoId: true },
    });
    const { problems, rows } = await lockLinkContext(tx, actor, inquiryIds, problem.id);
    await tx.problemEvent.create({
      data: { problemId: problem.id, kind: "CREATED", actorId: actor.id, createdAt: now, data: { title, inquiryIds } },
    });
    const { changed } = await applyLinkChange(tx, actor, rows, problem, problems, now);
    await tx.auditEvent.create({
      data: auditEntry(actor, "problem.create", "Problem", problem.id, {
        number: problem.number,
        title,
        inquiryIds,
        movedFrom: changed.filter((r) => r.problemId).map((r) => ({ inquiryId: r.id, from: r.problemId })),
      }),
    });
    return { problemId: problem.id, number: problem.number };
  });
}

/**
 * Links inquiries to a problem. An inquiry links to at most one problem: one that is on another
 * problem moves here. Already linked here → nothing happens (no event, no audit).
 * @throws ForbiddenError, NotFoundError (problem missing or merged away, or an inquiry)
 */
export async function linkInquiries(actor: Actor, input: LinkInquiriesInput): Promise<LinkResult> {
  assertCan(actor, "board.push");
  const { problemId, inquiryIds } = linkInquiriesSchema.parse(input);
  return withLinkTransaction(async (tx) => {
    const visible = await tx.problem.findFirst({ where: { AND: [{ id: problemId }, problemScope(actor)] }, select: { id: true } });
    if (!visible) throw new NotFoundError("problem");
    const { problems, rows } = await lockLinkContext(tx, actor, inquiryIds, problemId);
    const target = problems.get(problemId);
    if (!target || target.mergedIntoId) throw new NotFoundError("problem");
    const now = new Date();
    const { changed } = await applyLinkChange(tx, actor, rows, target, problems, now);
    if (!changed.length) return { problemId, changed: false, linked: 0, moved: 0 };
    const moved = changed.filter((r) => r.problemId);
    await tx.auditEvent.create({
      data: auditEntry(actor, "problem.link", "Problem", problemId, {
        inquiryIds: changed.map((r) => r.id),
        movedFrom: moved.map((r) => ({ inquiryId: r.id, from: r.problemId })),
      }),
    });
    return { problemId, changed: true, linked: changed.length, moved: moved.length };
  });
}

/**
 * Takes an inquiry off its problem. Not linked → nothing happens.
 * @throws ForbiddenError, NotFoundError (inquiry)
 */
export async function unlinkInquiry(actor: Actor, input: UnlinkInquiryInput): Promise<LinkResult> {
  assertCan(actor, "board.push");
  const { inquiryId } = unlinkInquirySchema.parse(input);
  return withLinkTransaction(async (tx) => {
    const { problems, rows } = await lockLinkContext(tx, actor, [inquiryId], null);
    const from = rows[0]?.problemId ?? null;
    if (!from) return { problemId: null, changed: false, linked: 0, moved: 0 };
    const now = new Date();
    await applyLinkChange(tx, actor, rows, null, problems, now);
    await tx.auditEvent.create({ data: auditEntry(actor, "problem.unlink", "Problem", from, { inquiryId }) });
    return { problemId: from, changed: true, linked: 0, moved: 1 };
  });
}
