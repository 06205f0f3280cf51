/**
 * An agenda the documents give only in part (items known from other documents' covers) is
 * labelled as such and names its items as items; a whole agenda is listed as before. The body's
 * own name in a question is no agenda item's title.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a partial agenda says it is partial", () => {
  it.each([
    ["What items were on the agenda of the Implementation Review Group's twelfth session?", /not the whole agenda/, /Item 2\b/],
    ["/agenda irg 12", /not the whole agenda/, /Item 2\b/],
    ["审议组第十二届会议议程上有哪些项目？", /并非完整议程/, /项目2/],
    ["列出实施情况审议组第十二届会议的全部议程项目", /并非完整议程/, /项目2/],
  ])("%s", async (question, label, item) => {
    const reply = await ask(question);
    expect(reply.text).toMatch(label);
    expect(reply.text).toMatch(item);
  });

  it.each(["/agenda 15", "预防工作组第十五次会议的议程是什么？"])("a whole agenda is not labelled partial: %s", async (question) => {
    const reply = await ask(question);
    expect(reply.text).not.toMatch(/not the whole agenda|并非完整议程/);
    expect(reply.text).toMatch(/1\(a\)/);
  });
});
