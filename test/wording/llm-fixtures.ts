/** Citations and drafts shared by the LLM wording tests (real passages from the seed documents). */
import type { Answer, Citation } from "../../src/core/types.js";

export const OPENING: Citation = {
  document: "CAC/COSP/WG.4/2024/1",
  file: "001_7da0608a8050477c.txt",
  paragraph: "1(a)",
  quote: "预防腐败问题不限成员名额政府间工作组第十五次会议将于 2024 年 9 月 3 日星期二下午 3 时在维也纳国际中心 M 楼 B/M1 会议厅开幕。会议将以现场与会的方式举行。",
  passageId: "001_7da0608a8050477c#20",
};

export const RESOLUTION: Citation = {
  document: "CAC/COSP/WG.4/2024/1",
  file: "001_7da0608a8050477c.txt",
  paragraph: "1(b)",
  quote:
    "联合国反腐败公约缔约国会议在题为“《马拉喀什预防腐败宣言》的后续行动”的第 10/3 号决议中认识到工作组应继续开展工作，为缔约国会议履行预防腐败任务授权提供咨询和协助，并应在缔约国会议第十一届会议之前至少举行两次会议。",
  passageId: "001_7da0608a8050477c#22",
};

export const ANNEX_ROW: Citation = {
  document: "CAC/COSP/WG.4/2024/1",
  file: "001_7da0608a8050477c.txt",
  paragraph: "annex, row 2024-09-03 15:00",
  quote: "2024年9月3日，星期二 下午 3 时至 6 时 1 组织事项",
  passageId: "001_7da0608a8050477c#61",
};

/** The deterministic answer to "when does the 15th meeting of the prevention working group open?". */
export function openingDraft(): Answer {
  return {
    answered: true,
    lang: "en",
    text: "The 15th meeting of the Working Group on Prevention opens on 3 September 2024 at 3 p.m. [1]. Resolution 10/3 asks it to meet at least twice before the eleventh session [2].",
    citations: [OPENING, RESOLUTION],
  };
}

export const QUESTION = "when does the 15th meeting of the prevention working group open?";

/** A one-sentence draft citing the opening passage only. */
export function shortDraft(): Answer {
  return {
    answered: true,
    lang: "en",
    text: "The 15th meeting opens on 3 September 2024 at 3 p.m. [1].",
    citations: [OPENING],
  };
}
