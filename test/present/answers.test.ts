/** The presentation of real answers over the bundled documents, in both languages and on the three renderings. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAssistant, type TestAssistant } from "../core/test-assistant.js";
import { foreignOutsideQuotes } from "../../src/present/foreign-text.js";
import { answerLength, identityText, sourceLines } from "../../src/present/sources.js";
import { renderForTerminal } from "../../src/adapters/console/render.js";
import { renderReply as renderSlack } from "../../src/adapters/slack/render.js";
import { renderReply as renderTeams } from "../../src/adapters/teams/render.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
}, 120_000);
afterAll(async () => t?.cleanup());

const DRAFT_REPORT = "CAC/COSP/WG.4/2019/L.1/Add.1";

describe("answers as a person sees them", () => {
  it("cites a document with a symbol by its symbol, its title in the asker's language and a link to the official document in that language", async () => {
    const en = await t.ask(`/document ${DRAFT_REPORT}`);
    const zh = await t.ask(`/document ${DRAFT_REPORT} 是什么文件？`);
    expect(en.citations[0]).toMatchObject({ symbol: DRAFT_REPORT, title: "Draft report, addendum", date: "2019-09-06", url: "https://documents.un.org/api/symbol/access?s=CAC%2FCOSP%2FWG.4%2F2019%2FL.1%2FAdd.1&l=E&t=pdf" });
    expect(zh.lang).toBe("zh");
    expect(zh.citations[0]).toMatchObject({ title: "报告草稿 增编", url: expect.stringMatching(/&l=C&t=pdf$/) });
    expect(renderForTerminal(en)).toContain(`${DRAFT_REPORT} · Draft report, addendum · 6 September 2019`);
    expect(renderForTerminal(en)).toContain("https://documents.un.org/api/symbol/access?s=CAC%2FCOSP%2FWG.4%2F2019%2FL.1%2FAdd.1&l=E&t=pdf");
    expect(JSON.stringify(renderSlack(en))).toContain(`<https://documents.un.org/api/symbol/access?s=CAC%2FCOSP%2FWG.4%2F2019%2FL.1%2FAdd.1&l=E&t=pdf|${DRAFT_REPORT}>`);
    expect(JSON.stringify(renderTeams(zh))).toContain(`[${DRAFT_REPORT}](https://documents.un.org/api/symbol/access?s=CAC%2FCOSP%2FWG.4%2F2019%2FL.1%2FAdd.1&l=C&t=pdf)`);
  }, 60_000);

  it("labels a document without a symbol by its English title for an English asker and its Chinese title for a Chinese one, never by its file name", async () => {
    const en = await t.ask("When does the 15th meeting of the Working Group on Prevention open?");
    const zh = await t.ask("预防腐败问题工作组第十五次会议什么时候开幕？");
    expect(en.citations[0].document).toBe("Annotated provisional agenda, 2024-06-13");
    expect(zh.citations[0].document).toBe("临时议程说明, 2024-06-13");
    for (const out of [renderForTerminal(en), renderForTerminal(zh), JSON.stringify(renderSlack(en)), JSON.stringify(renderTeams(zh))]) expect(out).not.toContain("001_7da0608a8050477c.txt");
  }, 60_000);

  it("keeps Chinese inside quotation marks in English answers", async () => {
    for (const q of ["/agenda 15", "/agenda 15 2", "/resolution 10/3", "Where was the 12th session of the Implementation Review Group held?"]) {
      const r = await t.ask(q);
      expect(r.lang).toBe("en");
      expect(foreignOutsideQuotes(r.text, "en"), q).toEqual([]);
    }
  }, 60_000);

  it("gives one source line per document and one passages menu, in Slack and in Teams, however many passages are cited", async () => {
    const r = await t.ask("/agenda 15");
    expect(r.citations.length).toBeGreaterThan(10);
    const lines = sourceLines(r);
    expect(lines).toHaveLength(1);
    const [slack] = renderSlack(r);
    const menus = slack.blocks.filter((b) => b.type === "actions").flatMap((b) => ("elements" in b ? b.elements : [])).filter((e) => e.type === "static_select");
    expect(menus).toHaveLength(1);
    expect(slack.blocks.filter((b) => b.type === "actions").flatMap((b) => ("elements" in b ? b.elements : [])).filter((e) => e.type === "button" && /show_passage/.test(e.action_id ?? ""))).toHaveLength(0);
    const card = renderTeams(r)[0].attachments![0].content as { body: { type: string; actions?: { type: string }[] }[] };
    expect(card.body.filter((e) => e.type === "ActionSet").flatMap((e) => e.actions!).filter((a) => a.type === "Action.ShowCard")).toHaveLength(1);
    // Sources in the default view stay shorter than the answer.
    const shown = lines.reduce((n, l) => n + identityText(l, "en").length + (l.excerpt?.length ?? 0), 0);
    expect(shown).toBeLessThanOrEqual(answerLength(r.text));
  }, 60_000);
});
