import type { PrismaClient } from "../../lib/generated/prisma/client";
import { instantToWallTime, newsroomTimeZone, wallTimeToInstant } from "../../lib/time-zone";

/**
 * The demo newsroom's planning, so the budget is not empty on a first start: today's
 * items (the sample story, published, and a winter-heating story 王賀 is on), tomorrow's
 * (a New Year gala tied to an event, not yet assigned) and one pitch waiting for the
 * desk. Days are relative to the day of seeding; seeded once (any planned item: skip).
 */
export async function seedPlanning(db: PrismaClient): Promise<void> {
  if (await db.planItem.count()) return;
  const zone = newsroomTimeZone();
  const today = instantToWallTime(new Date(), zone).slice(0, 10);
  const dayAfter = (n: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const at = (day: string, time: string) => wallTimeToInstant(`${day}T${time}`, zone)!;
  const [reporter, editor, news, local, sample] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: "wang.he@example.com" } }),
    db.user.findUniqueOrThrow({ where: { email: "li.rong@example.com" } }),
    db.section.findUniqueOrThrow({ where: { slug: "news" } }),
    db.section.findUniqueOrThrow({ where: { slug: "local" } }),
    db.article.findFirst({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "asc" } }),
  ]);
  const planned = {
    status: "PLANNED" as const,
    pitchedById: editor.id,
    decidedById: editor.id,
    decidedAt: new Date(),
  };
  const gala = await db.planEvent.create({
    data: {
      title: "元旦文藝匯演彩排",
      startsAt: at(dayAfter(1), "19:30"),
      endsAt: at(dayAfter(1), "21:30"),
      place: "德州大劇院",
      notes: "主辦方安排媒體席，需提前半小時到場。",
      links: [],
      sectionId: local.id,
      createdById: editor.id,
    },
  });
  await db.planItem.create({
    data: {
      ...planned,
      headline: sample?.headline ?? "德州復工復產",
      sectionId: news.id,
      day: new Date(`${today}T00:00:00Z`),
      expectedLength: 1500,
      needs: ["photos"],
      webSlot: "頭條",
      printPage: "A1",
      articleId: sample?.id ?? null,
    },
  });
  await db.planItem.create({
    data: {
      ...planned,
      headline: "冬季供暖保障情況",
      summary: "走訪熱力公司和兩個老舊小區，看室溫是否達標。",
      sectionId: local.id,
      day: new Date(`${today}T00:00:00Z`),
      expectedLength: 1200,
      needs: ["photos", "graphics"],
      webSlot: "要聞",
      printPage: "A3",
      assignments: {
        create: {
          userId: reporter.id,
          role: "REPORTER",
          deadline: at(today, "18:00"),
          note: "帶上測溫儀。",
          assignedById: editor.id,
          status: "PENDING",
        },
      },
    },
  });
  await db.planItem.create({
    data: {
      ...planned,
      headline: "元旦文藝匯演",
      sectionId: local.id,
      day: new Date(`${dayAfter(1)}T00:00:00Z`),
      expectedLength: 800,
      needs: ["photos", "video"],
      eventId: gala.id,
    },
  });
  await db.planItem.create({
    data: {
      status: "PITCHED",
      headline: "老舊小區加裝電梯進展",
      summary: "今年計劃加裝的 120 部電梯已完成多少，居民還在等什麼。",
      sectionId: local.id,
      day: new Date(`${dayAfter(1)}T00:00:00Z`),
      expectedLength: 1000,
      needs: ["photos"],
      pitchedById: reporter.id,
    },
  });
}
