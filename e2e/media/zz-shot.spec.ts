import { test } from "@playwright/test";
import sharp from "sharp";
import { createArticle } from "../../prisma/factories";
import { DEMO, signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

/** A photo-like scene: sky, sea or street, and a few shapes. */
async function scene(seed: number) {
  const palettes: Record<number, [string, string, string]> = {
    1: ["#f6c28b", "#7fb3d5", "#2e4053"],
    4: ["#d5dbdb", "#a9cce3", "#5d6d7e"],
    7: ["#fad7a0", "#e59866", "#6e2c00"],
  };
  const [top, middle, ground] = palettes[seed] ?? palettes[1]!;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${middle}"/></linearGradient></defs>
    <rect width="1200" height="800" fill="url(#g)"/>
    <rect y="520" width="1200" height="280" fill="${ground}"/>
    <rect x="${120 + seed * 40}" y="300" width="220" height="240" fill="${ground}" opacity=".8"/>
    <rect x="${560 - seed * 10}" y="220" width="160" height="320" fill="${ground}" opacity=".65"/>
    <circle cx="${900 - seed * 30}" cy="160" r="70" fill="#fdfefe" opacity=".7"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

test("screenshot", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.editor.email);
  const origin = new URL(page.url()).origin;
  const editor = await db.user.findUniqueOrThrow({ where: { email: DEMO.editor.email } });
  const files: Array<[string, string | null, string | null, number]> = [
    ["dezhou-harbour-0412.jpg", "清晨的德州碼頭，工人排隊登船", "碼頭上排隊登船的工人", 1],
    ["dezhou-harbour-0412-copy.jpg", null, null, 1],
    ["council-meeting.jpg", "市委召開疫情防控工作會議", "會議室裡的與會者", 4],
    ["street-market.jpg", "復工後的街頭市場", null, 7],
  ];
  const ids: string[] = [];
  for (const [name, caption, alt, seed] of files) {
    const response = await page.request.post("/api/v1/media", {
      headers: { origin },
      multipart: {
        file: { name, mimeType: "image/jpeg", buffer: await scene(seed) },
      },
    });
    const { media } = (await response.json()) as { media: { id: string } };
    await db.media.update({
      where: { id: media.id },
      data: { caption, alt, credit: caption ? "攝影｜王賀" : null },
    });
    ids.push(media.id);
  }
  const article = await createArticle(db, {
    createdById: editor.id,
    headline: "德州部署疫情防控和復工復產",
  });
  const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
  await db.article.update({
    where: { id: article.id },
    data: {
      featuredImageId: ids[1],
      dek: "市委書記李猛主持會議並講話",
      body: {
        type: "doc",
        content: [
          "2月12日，市新冠肺炎疫情防控工作領導小組召開會議，認真學習貫徹重要講話精神，分析研判我市疫情形勢，研究部署統籌做好疫情防控和改革發展穩定各項工作。",
          "會議指出，疫情發生以來，各級各部門、廣大醫務工作者和社區工作者堅守崗位，全市疫情防控工作取得階段性成效。",
          "會議強調，要堅持分區分級精準防控，在嚴格落實防控措施的前提下，有序推動企業復工復產，保障重點物資生產和市場供應。",
          "會議要求，各縣市區要壓實屬地責任，加強交通卡口和社區排查，做好返崗人員健康監測，確保防控不鬆懈、生產不停擺。",
          "港口方面，碼頭作業已恢復七成，運輸企業實行錯峰上崗，每日對作業區域消毒兩次。",
        ].map(paragraph),
      },
    },
  });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/newsroom/articles/${article.id}`);
  const picker = page.getByRole("group", { name: "Featured image" });
  await picker.getByRole("radio").nth(2).waitFor();
  await page.waitForTimeout(1500);
  await picker.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await page.waitForTimeout(800);
  const box = (await picker.boundingBox())!;
  const scrollY = await page.evaluate(() => window.scrollY);
  await page.screenshot({
    path: "/work/shots/editor-featured-picker-after.png",
    fullPage: true,
    clip: {
      x: box.x - 24,
      y: box.y + scrollY - 24,
      width: box.width + 48,
      height: box.height + 48,
    },
  });
  await page.screenshot({ path: "/work/shots/editor-featured-picker-after-page.png" });
});
