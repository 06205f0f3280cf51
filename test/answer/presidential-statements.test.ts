/**
 * A presidential statement ("主席声明", S/PRST/…) is a document a body issues, not a meeting's chair:
 * a question after one asks no "who", no chair, and not a draft's sponsors. A Chinese question that
 * describes an English draft by its year and subject ("2018年的索马里草案") is answered from that
 * draft, not from another that shares the year. Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answer/understand.js";
import { readIntent } from "../../src/answer/intent.js";
import { realGlossary } from "../knowledge/corpus.js";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";

const now = new Date("2024-09-01T08:00:00Z");
const readings = (text: string) => {
  const q = understand(text, realGlossary(), { now, timeZone: "Europe/Vienna" });
  const { intent, alsoFits } = readIntent(q, { namesDocumentTitle: false, threadMeeting: false });
  return { asks: q.asks, kinds: [intent, ...(alsoFits ?? [])].map((i) => i.kind) };
};

describe("a presidential statement asked after", () => {
  it.each([
    "2018年达尔富尔决议草案引用的是哪份主席声明？",
    "那份草案提到的安理会主席声明是哪一份？",
    "2015年安理会关于维和的主席声明是哪份",
    "which presidential statement does the 2018 Somalia draft recall?",
    "what presidential statements on Sudan were recalled in 2018?",
    "the presidential statement of 2011 on climate change: what is its symbol?",
  ])("asks no chair, and no one: %s", (q) => {
    const { asks, kinds } = readings(q);
    expect(asks.has("who")).toBe(false);
    expect(kinds).not.toContain("meetingChair");
  });
  it.each(["2018年那份达尔富尔草案回顾了哪些主席声明", "草案里回顾了哪几份主席声明？", "这份草案提到哪项决议？"])("asks no sponsors of the draft: %s", (q) => {
    expect(readings(q).kinds).not.toContain("draftSponsors");
  });
  it.each(["谁主持了第十届会议？", "2015年会议的主席是谁？", "who chaired the 2015 session?"])("while a chair is still asked for: %s", (q) => {
    expect(readings(q).kinds).toContain("meetingChair");
  });
});

const ask = useTestAssistant(withPdfDocuments);

describe("an English draft described in Chinese by its year and subject", () => {
  it.each(["2018年的索马里草案回顾了哪份关于气候变化的主席声明？", "索马里2018年决议草案里提到气候变化影响的那份主席声明是哪份？", "the 2018 Somalia draft recalls a presidential statement on climate change effects; which one?"])(
    "is answered from that draft: %s",
    async (q) => {
      const reply = await ask(q);
      expect(reply.answered, reply.text).toBe(true);
      expect(reply.text).toMatch(/S\/PRST\/2011\/15/);
    },
  );
  it.each(["2018年达尔富尔决议草案引用的是哪份主席声明？", "达尔富尔那份2018年草案中回顾的主席声明", "2018年达尔富尔草案回顾了哪份主席声明？"])("not from another draft of its year: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.citations.map((c) => c.symbol)).toEqual(expect.arrayContaining(["S/2018/693"]));
    expect(reply.citations.map((c) => c.symbol)).not.toContain("S/2020/110");
  });
});
