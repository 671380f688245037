import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CONTRIBUTORS_PER_PAGE, type ContributorRow } from "@/lib/schemas/contributors";
import type { Actor } from "@/lib/workflow/permissions";
import { authorizeContributors } from "./contributor-rules";

export type ContributorPage = {
  rows: ContributorRow[];
  total: number;
  page: number;
  pages: number;
};

/**
 * /newsroom/contributors: contributors by name, searched by name, address or title (a
 * part of any), 50 a page. FORBIDDEN (audited) without `contributor.manage`.
 */
export async function listContributorsForAdmin(
  actor: Actor,
  query: { q?: string | undefined; page?: number | undefined },
): Promise<ContributorPage> {
  await authorizeContributors(actor, null);
  const q = query.q?.trim().slice(0, 100) ?? "";
  const where: Prisma.ContributorWhereInput = q
    ? {
        OR: [
          { name: { contains: q, mode: "insensitive" } },
          { slug: { contains: q, mode: "insensitive" } },
          { jobTitle: { contains: q, mode: "insensitive" } },
        ],
      }
    : {};
  const total = await db.contributor.count({ where });
  const pages = Math.max(1, Math.ceil(total / CONTRIBUTORS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1)), pages);
  const rows = await db.contributor.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * CONTRIBUTORS_PER_PAGE,
    take: CONTRIBUTORS_PER_PAGE,
    select: {
      id: true,
      name: true,
      slug: true,
      kind: true,
      jobTitle: true,
      user: { select: { name: true } },
      _count: { select: { bylines: true } },
    },
  });
  return {
    rows: rows.map(({ user, _count, ...row }) => ({
      ...row,
      userName: user?.name ?? null,
      bylineCount: _count.bylines,
    })),
    total,
    page,
    pages,
  };
}
