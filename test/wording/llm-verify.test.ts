import { describe, expect, it } from "vitest";
import { prepareEvidence } from "../../src/wording/llm-prompt.js";
import { verifyWording } from "../../src/wording/llm-verify.js";
import type { Answer } from "../../src/core/types.js";
import { ANNEX_ROW, OPENING, RESOLUTION, openingDraft, shortDraft } from "./llm-fixtures.js";

// Evidence order: P1 = ANNEX_ROW, P2 = OPENING, P3 = RESOLUTION.
const ev = prepareEvidence(openingDraft(), [{ citation: ANNEX_ROW }, { citation: OPENING }, { citation: RESOLUTION }], [
  "WG on Prevention, 15th meeting: 2024-09-03 to 2024-09-06, Vienna",
]);
const s = (text: string, ...passage_ids: string[]) => ({ text, passage_ids });

describe("verifyWording", () => {
  it("keeps supported sentences and shows the assistant's own citations, renumbered by first use", () => {
    const v = verifyWording(
      {
        answered: true,
        answer_sentences: [
          s("The 15th meeting opens on Tuesday, 3 September 2024, at 3 p.m. at the Vienna International Centre.", "P2"),
          s("Its first session runs from 3 p.m. to 6 p.m. on 3 September 2024.", "P1", "P2"),
          s("Resolution 10/3 asks the group to meet at least twice before the eleventh session.", "P3"),
        ],
      },
      ev,
      openingDraft(),
      "en",
    );
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.answer.citations).toEqual([OPENING, ANNEX_ROW, RESOLUTION]);
    expect(v.answer.citations[0]).toBe(OPENING);
    expect(v.answer.text).toBe(
      "The 15th meeting opens on Tuesday, 3 September 2024, at 3 p.m. at the Vienna International Centre [1]. " +
        "Its first session runs from 3 p.m. to 6 p.m. on 3 September 2024 [2][1]. " +
        "Resolution 10/3 asks the group to meet at least twice before the eleventh session [3].",
    );
    expect(v.dropped).toEqual([]);
  });

  it("drops a sentence citing an id it was not given", () => {
    const v = verifyWording(
      { answered: true, answer_sentences: [s("It opens on 3 September 2024.", "P2"), s("Observers also attend.", "P2", "P7")] },
      ev,
      shortDraft(),
      "en",
    );
    expect(v.ok).toBe(true);
    expect(v.dropped).toEqual([{ text: "Observers also attend.", why: "unknown_id", detail: ["P7"] }]);
    expect(v.ok && v.answer.text).toBe("It opens on 3 September 2024 [1].");
  });

  it("drops a sentence whose date is in none of its cited passages, even if another passage has it", () => {
    const v = verifyWording(
      {
        answered: true,
        answer_sentences: [s("It opens at 3 p.m.", "P2"), s("It opens on 3 September 2024.", "P2"), s("It closes on 6 September 2024.", "P2")],
      },
      ev,
      shortDraft(),
      "en",
    );
    expect(v.dropped).toEqual([{ text: "It closes on 6 September 2024.", why: "unsupported", detail: ["date 2024-09-06"] }]);
  });

  it("accepts a graph fact as support but still requires a passage citation", () => {
    const v = verifyWording(
      {
        answered: true,
        answer_sentences: [s("The meeting runs until 6 September 2024.", "P2", "F1"), s("It is held in Vienna until 6 September 2024.", "F1")],
      },
      ev,
      shortDraft(),
      "en",
    );
    expect(v.ok && v.answer.text).toBe("The meeting runs until 6 September 2024 [1].");
    expect(v.dropped.map((d) => d.why)).toEqual(["no_passage"]);
  });

  it("drops a sentence without any citation", () => {
    const v = verifyWording(
      { answered: true, answer_sentences: [s("It opens on 3 September 2024.", "P2"), s("Delegates are welcome.")] },
      ev,
      shortDraft(),
      "en",
    );
    expect(v.dropped.map((d) => d.why)).toEqual(["no_citation"]);
  });

  it("falls back when fewer than half of the sentences survive", () => {
    const v = verifyWording(
      {
        answered: true,
        answer_sentences: [s("It opens on 3 September 2024.", "P2"), s("It closes on 6 September 2024.", "P2"), s("730 delegates attend.", "P2")],
      },
      ev,
      shortDraft(),
      "en",
    );
    expect(v).toMatchObject({ ok: false, reason: "too_little_survived", kept: 1 });
  });

  it("falls back when no sentence survives", () => {
    const v = verifyWording({ answered: true, answer_sentences: [s("It closes on 6 September 2024.", "P2")] }, ev, shortDraft(), "en");
    expect(v).toMatchObject({ ok: false, reason: "nothing_survived" });
  });

  it("refuses to turn a refusal into an answer", () => {
    const refusal: Answer = { answered: false, lang: "en", text: "The documents do not say.", citations: [] };
    const v = verifyWording({ answered: true, answer_sentences: [s("It opens on 3 September 2024.", "P2")] }, ev, refusal, "en");
    expect(v).toMatchObject({ ok: false, reason: "answered_mismatch" });
  });

  it("removes markers the model wrote and places its own before the full stop in Chinese", () => {
    const v = verifyWording(
      { answered: true, answer_sentences: [s("第十五次会议将于2024年9月3日下午3时开幕[P2]。", "P2"), s("会议在维也纳国际中心举行。", "P2")] },
      ev,
      { ...shortDraft(), lang: "zh", text: "第十五次会议将于2024年9月3日下午3时开幕[1]。" },
      "zh",
    );
    expect(v.ok && v.answer.text).toBe("第十五次会议将于2024年9月3日下午3时开幕[1]。会议在维也纳国际中心举行[1]。");
    expect(v.ok && v.answer.lang).toBe("zh");
  });

  it("drops a sentence that quotes words its passage does not contain", () => {
    const v = verifyWording(
      {
        answered: true,
        answer_sentences: [
          s("Resolution 10/3 is titled “《马拉喀什预防腐败宣言》的后续行动”.", "P3"),
          s("Resolution 10/3 calls it a “历史性胜利”.", "P3"),
        ],
      },
      ev,
      { ...shortDraft(), text: "Resolution 10/3 [1].", citations: [RESOLUTION] },
      "en",
    );
    expect(v.dropped).toEqual([{ text: "Resolution 10/3 calls it a “历史性胜利”.", why: "unsupported", detail: ["quote 历史性胜利"] }]);
  });
});

describe("verifyWording against the draft", () => {
  it("falls back when the wording leaves out a resolution the draft names", () => {
    const v = verifyWording(
      {
        answered: true,
        answer_sentences: [s("The 15th meeting opens on 3 September 2024 at 3 p.m.", "P2"), s("It meets in Vienna.", "P2")],
      },
      ev,
      openingDraft(),
      "en",
    );
    expect(v).toMatchObject({ ok: false, reason: "lost_draft_facts", lost: ["resolution 10/3"] });
  });

  it("counts a draft fact as kept when a cited passage states it", () => {
    const v = verifyWording(
      { answered: true, answer_sentences: [s("The 15th meeting opens on 3 September 2024, in the afternoon.", "P2")] },
      ev,
      shortDraft(),
      "en",
    );
    expect(v.ok).toBe(true);
  });
});

describe("verifyWording layout", () => {
  it("starts bullets and headings on their own lines and keeps a bullet's second sentence on its line", () => {
    const v = verifyWording(
      {
        answered: true,
        answer_sentences: [
          s("**Opening of the 15th meeting**", "P2"),
          s("• It opens on 3 September 2024.", "P2"),
          s("It meets in room B/M1.", "P2"),
          s("• Resolution 10/3 asks for two meetings.", "P3"),
        ],
      },
      ev,
      openingDraft(),
      "en",
    );
    expect(v.ok && v.answer.text).toBe(
      "**Opening of the 15th meeting** [1]\n• It opens on 3 September 2024 [1]. It meets in room B/M1 [1].\n• Resolution 10/3 asks for two meetings [2].",
    );
  });
});

describe("verifyWording citations", () => {
  it("keeps, after the cited ones, a source the draft lists without marking it in its text", () => {
    const draft: Answer = { ...shortDraft(), citations: [OPENING, ANNEX_ROW] };
    const ev2 = prepareEvidence(draft, []);
    const v = verifyWording({ answered: true, answer_sentences: [s("The 15th meeting opens on 3 September 2024 at 3 p.m.", "P1")] }, ev2, draft, "en");
    expect(v.ok && v.answer.citations).toEqual([OPENING, ANNEX_ROW]);
  });

  it("does not keep a source the draft marks but the wording no longer cites", () => {
    const draft: Answer = { ...shortDraft(), text: "The 15th meeting opens on 3 September 2024 at 3 p.m. [1][2].", citations: [OPENING, ANNEX_ROW] };
    const ev2 = prepareEvidence(draft, []);
    const v = verifyWording({ answered: true, answer_sentences: [s("The 15th meeting opens on 3 September 2024 at 3 p.m.", "P1")] }, ev2, draft, "en");
    expect(v.ok && v.answer.citations).toEqual([OPENING]);
  });

  it("starts a quoted passage on its own line", () => {
    const v = verifyWording(
      { answered: true, answer_sentences: [s("Symbol: **CAC/COSP/WG.4/2024/1**", "P2"), s("> 会议将以现场与会的方式举行。", "P2")] },
      ev,
      { ...shortDraft(), text: "Symbol: CAC/COSP/WG.4/2024/1 [1]", citations: [OPENING] },
      "en",
    );
    expect(v.ok && v.answer.text).toBe("Symbol: **CAC/COSP/WG.4/2024/1** [1]\n> 会议将以现场与会的方式举行[1]。");
  });
});
