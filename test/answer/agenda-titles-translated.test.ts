/**
 * An agenda item's title written in the other language is given in the asker's language where
 * the glossary has the whole title as a term (the standing items of every agenda), the title as
 * written beside it in quotation marks; a title it does not have stays as written, quoted. Read
 * off the annotated agenda of the 15th meeting of the prevention working group (Chinese) and the
 * provisional agenda of the sixth session of the Conference (CAC/COSP/2015/1, English).
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources, ownWords } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("an agenda item's title in the asker's language", () => {
  it("in English, beside the Chinese title", async () => {
    const text = beforeSources((await ask("list the items on the provisional agenda of the prevention working group's fifteenth meeting")).text);
    expect(text).toMatch(/1 Organizational matters \(“组织事项”\)/);
    expect(text).toMatch(/Adoption of the agenda and organization of work \(“通过议程和工作安排”\)/);
    expect(text).toMatch(/4 Adoption of the report \(“通过报告”\)/);
    // A title the glossary does not have stays as written, quoted.
    expect(text).toMatch(/2\(a\) “关于预防腐败的良好做法和举措的专题讨论”/);
  });

  it("in Chinese, beside the English title", async () => {
    const reply = await ask("第六届缔约国会议的议程里，项目1包括哪几个分项？");
    const own = ownWords(reply.text);
    for (const title of ["选举主席团成员", "观察员的参与", "一般性辩论"]) expect(own, reply.text).toContain(title);
    expect(reply.text).toContain("「Election of officers」");
  });
});
