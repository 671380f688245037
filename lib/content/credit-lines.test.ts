import { describe, expect, it } from "vitest";
import { parseCreditLine, splitTrailingCredits, type Credit } from "./credit-lines";

const person = (name: string, role: Credit["role"]): Credit => ({ name, role, kind: "PERSON" });

describe("parseCreditLine: Chinese", () => {
  it("reads the separators newsrooms use", () => {
    for (const line of [
      "記者|王賀",
      "記者｜王賀",
      "記者：王賀",
      "記者:王賀",
      "記者 王賀",
      "記者　王賀",
      "記者 | 王賀",
      "記者/王賀",
    ]) {
      expect(parseCreditLine(line), line).toEqual([person("王賀", "REPORTER")]);
    }
  });

  it("reads Simplified role words too", () => {
    expect(parseCreditLine("记者 王贺")).toEqual([person("王贺", "REPORTER")]);
    expect(parseCreditLine("摄影：陈立")).toEqual([person("陈立", "PHOTOGRAPHER")]);
    expect(parseCreditLine("编辑|李榕")).toEqual([person("李榕", "EDITOR")]);
  });

  it("maps each role word to its role", () => {
    expect(parseCreditLine("攝影/陳立")).toEqual([person("陳立", "PHOTOGRAPHER")]);
    expect(parseCreditLine("通訊員 孫曉")).toEqual([person("孫曉", "CORRESPONDENT")]);
    expect(parseCreditLine("編輯|李榕")).toEqual([person("李榕", "EDITOR")]);
    expect(parseCreditLine("攝像｜趙明")).toEqual([person("趙明", "VIDEOGRAPHER")]);
    expect(parseCreditLine("插圖：林芳")).toEqual([person("林芳", "ILLUSTRATOR")]);
    expect(parseCreditLine("翻譯：吳青")).toEqual([person("吳青", "TRANSLATOR")]);
    expect(parseCreditLine("撰文｜何平")).toEqual([person("何平", "WRITER")]);
    expect(parseCreditLine("本報記者 王賀")).toEqual([person("王賀", "REPORTER")]);
  });

  it("reads 責任編輯 as the responsible editor, never as a plain editor", () => {
    expect(parseCreditLine("責任編輯：周敏")).toEqual([person("周敏", "RESPONSIBLE_EDITOR")]);
    expect(parseCreditLine("责任编辑 周敏")).toEqual([person("周敏", "RESPONSIBLE_EDITOR")]);
    expect(parseCreditLine("責編|周敏")).toEqual([person("周敏", "RESPONSIBLE_EDITOR")]);
  });

  it("reads two roles on one line, in order", () => {
    expect(parseCreditLine("记者 王贺 通讯员 孙晓")).toEqual([
      person("王贺", "REPORTER"),
      person("孙晓", "CORRESPONDENT"),
    ]);
    expect(parseCreditLine("記者｜王賀　編輯｜李榕")).toEqual([
      person("王賀", "REPORTER"),
      person("李榕", "EDITOR"),
    ]);
  });

  it("reads several names in one role", () => {
    const both = [person("王賀", "REPORTER"), person("李猛", "REPORTER")];
    expect(parseCreditLine("記者 王賀 李猛")).toEqual(both);
    expect(parseCreditLine("記者：王賀、李猛")).toEqual(both);
    expect(parseCreditLine("記者：王賀，李猛")).toEqual(both);
    expect(parseCreditLine("記者 王賀和李猛")).toEqual(both);
  });

  it("reads the producing unit as an organisation, before or after 出品", () => {
    const producer: Credit = { name: "德州日報新媒體", role: "PRODUCER", kind: "ORGANIZATION" };
    expect(parseCreditLine("德州日報新媒體出品")).toEqual([producer]);
    expect(parseCreditLine("出品：德州日報新媒體")).toEqual([producer]);
    expect(parseCreditLine("德州日報新媒體出品　記者｜王賀")).toEqual([
      producer,
      person("王賀", "REPORTER"),
    ]);
  });

  it("reads minority names joined by a middle dot", () => {
    expect(parseCreditLine("記者 阿卜杜勒·克里木")).toEqual([
      person("阿卜杜勒·克里木", "REPORTER"),
    ]);
  });

  it("strips pinyin annotations from names", () => {
    expect(parseCreditLine("記者|王(wáng)賀")).toEqual([person("王賀", "REPORTER")]);
    expect(parseCreditLine("編(biān)輯|李榕")).toEqual([person("李榕", "EDITOR")]);
  });

  it("keeps a damaged name as written, one `?` per lost character", () => {
    expect(parseCreditLine("德州日?qǐng)?bào)新媒體出品")).toEqual([
      { name: "德州日?新媒體", role: "PRODUCER", kind: "ORGANIZATION" },
    ]);
  });

  it("refuses body sentences, even short ones that mention a role", () => {
    for (const line of [
      "記者從市委宣傳部獲悉，會議於昨日召開。",
      "市委書記李猛主持並講話。",
      "記者會將於明天召開",
      "據記者了解",
      "記者",
      "記者：",
      "編輯 這是一個很長的句子不是名字",
      "文化部門表示支持",
      "圖書館明天開放",
      "",
    ]) {
      expect(parseCreditLine(line), line).toBeNull();
    }
  });

  it("needs an explicit separator after one-character roles such as 文 and 圖", () => {
    expect(parseCreditLine("文/王賀")).toEqual([person("王賀", "WRITER")]);
    expect(parseCreditLine("圖｜陳立")).toEqual([person("陳立", "PHOTOGRAPHER")]);
    expect(parseCreditLine("文 王賀")).toBeNull();
  });
});

describe("parseCreditLine: English", () => {
  it("reads a byline with two reporters", () => {
    expect(parseCreditLine("By Jane Okafor and Tom Lindqvist")).toEqual([
      person("Jane Okafor", "REPORTER"),
      person("Tom Lindqvist", "REPORTER"),
    ]);
    expect(parseCreditLine("By Jane Okafor, Tom Lindqvist and Ana de la Cruz")).toHaveLength(3);
  });

  it("reads photo, editing and production credits", () => {
    expect(parseCreditLine("Photo: Li Wei")).toEqual([person("Li Wei", "PHOTOGRAPHER")]);
    expect(parseCreditLine("Photos by Li Wei")).toEqual([person("Li Wei", "PHOTOGRAPHER")]);
    expect(parseCreditLine("Edited by Maria Santos")).toEqual([person("Maria Santos", "EDITOR")]);
    expect(parseCreditLine("Produced by Rumsey Taylor")).toEqual([
      person("Rumsey Taylor", "PRODUCER"),
    ]);
    expect(parseCreditLine("Translated by Ken Liu")).toEqual([person("Ken Liu", "TRANSLATOR")]);
  });

  it("reads a wire service's closing credits", () => {
    expect(parseCreditLine("(Reporting by Jane Okafor; Editing by Maria Santos)")).toEqual([
      person("Jane Okafor", "REPORTER"),
      person("Maria Santos", "EDITOR"),
    ]);
  });

  it("refuses sentences that start like a credit", () => {
    for (const line of [
      "By the end of the day, nobody had called.",
      "By noon the river had risen two metres",
      "Photo opportunities were rare.",
      "Edited by a committee of volunteers",
    ]) {
      expect(parseCreditLine(line), line).toBeNull();
    }
  });
});

describe("splitTrailingCredits", () => {
  it("takes credit lines only from the end", () => {
    const lines = [
      "記者|王賀 報道",
      "第一段。",
      "第二段。",
      "德州日報新媒體出品",
      "記者|王賀",
      "編輯|李榕",
    ];
    const { body, credits } = splitTrailingCredits(lines);
    expect(body).toEqual(["記者|王賀 報道", "第一段。", "第二段。"]);
    expect(credits.map((c) => `${c.role}:${c.name}`)).toEqual([
      "PRODUCER:德州日報新媒體",
      "REPORTER:王賀",
      "EDITOR:李榕",
    ]);
  });

  it("does not take a credit-like line that has body text after it", () => {
    const { body, credits } = splitTrailingCredits(["記者 王賀", "第一段。"]);
    expect(body).toEqual(["記者 王賀", "第一段。"]);
    expect(credits).toEqual([]);
  });

  it("takes an English byline from the start and desk credits from the end", () => {
    const { body, credits } = splitTrailingCredits([
      "By Jane Okafor and Tom Lindqvist",
      "The river rose two metres overnight.",
      "",
      "Photo: Li Wei",
      "Edited by Maria Santos",
      "",
    ]);
    expect(body).toEqual(["The river rose two metres overnight."]);
    expect(credits.map((c) => `${c.role}:${c.name}`)).toEqual([
      "REPORTER:Jane Okafor",
      "REPORTER:Tom Lindqvist",
      "PHOTOGRAPHER:Li Wei",
      "EDITOR:Maria Santos",
    ]);
  });

  it("returns everything as body when there are no credits", () => {
    const lines = ["第一段。", "第二段。"];
    expect(splitTrailingCredits(lines)).toEqual({ body: lines, credits: [] });
  });
});
