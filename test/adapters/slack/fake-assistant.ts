/**
 * A small Assistant for adapter tests: a few commands, canned cited answers, and a record of
 * every request, passage lookup and vote it receives.
 */
import { z } from "zod";
import type { Assistant } from "../../../src/core/assistant.js";
import { defineCommand, type CommandSpec } from "../../../src/core/command.js";
import type { Citation, ConversationRef, Reply, Request } from "../../../src/core/types.js";

export const CITATION_27: Citation = {
  document: "CAC/COSP/WG.4/2024/1",
  file: "001_7da0608a8050477c.txt",
  paragraph: "27",
  quote: "The Working Group will hold its fifteenth meeting in Vienna from 4 to 6 September 2024. " + "Item 2 of the provisional agenda concerns the implementation of resolution 10/3 & related <matters>. ".repeat(3),
  passageId: "001_7da0608a8050477c#27",
};
export const CITATION_28: Citation = {
  document: "CAC/COSP/WG.4/2024/1",
  file: "001_7da0608a8050477c.txt",
  paragraph: "28",
  quote: "议程项目3：良好做法和经验。",
  passageId: "001_7da0608a8050477c#28",
};

const spec = (id: string, usage: string, en: string, zh: string): CommandSpec =>
  defineCommand({ id, usage, description: { en, zh }, aliases: [], args: z.string(), examples: [`/${id} ${usage}`], handler: () => cannedAnswer() });

export const FAKE_COMMANDS: CommandSpec[] = [
  spec("agenda", "<meeting> [item]", "The agenda of a meeting, item by item, with the documents for each item.", "会议议程"),
  spec("resolution", "<number>", "What a resolution decides, requests and encourages, statement by statement.", "决议"),
  spec("help", "[command]", "What the assistant can answer, and every command with an example.", "帮助"),
];

export function cannedAnswer(): Reply {
  return {
    kind: "answer",
    answered: true,
    lang: "en",
    text: "**Fifteenth meeting** of the Working Group on Prevention [1]:\n• Item 2: implementation of resolution 10/3 [1]\n• Item 3: good practices [2]",
    citations: [CITATION_27, CITATION_28],
  };
}

export const LIBRARY = {
  documents: 12,
  newest: { symbol: "CAC/COSP/WG.4/2024/1", title: "Provisional agenda and annotations", date: "2024-06-13", body: "Working Group on the Prevention of Corruption", distribution: "General" },
  bodies: [
    { id: "wg-prevention", name: "Working Group on the Prevention of Corruption", documents: 7 },
    { id: "cosp", name: "Conference of the States Parties", documents: 5 },
  ],
};

export interface FakeAssistant extends Assistant {
  requests: Request[];
  votes: { conversation: ConversationRef; user?: string; answerRef: string; vote: "up" | "down" }[];
  reasons: { voteId: string; reason: string }[];
}

/** "/agenda x" (not a number) is a bad argument; a request containing "boom" throws; everything else gets the canned answer. */
export function createFakeAssistant(): FakeAssistant {
  const requests: Request[] = [];
  const votes: FakeAssistant["votes"] = [];
  const reasons: FakeAssistant["reasons"] = [];
  return {
    requests,
    votes,
    reasons,
    async handle(request) {
      requests.push(request);
      if (request.text.includes("boom")) throw new Error("simulated failure");
      const m = /^\/agenda\s*(.*)$/.exec(request.text);
      if (m && !/^\d+/.test(m[1])) {
        return {
          kind: "error",
          code: "bad_argument",
          ephemeral: true,
          answered: false,
          lang: "en",
          citations: [],
          text: `“${m[1]}” is not a meeting. Give the meeting's number, e.g. \`/agenda 15\` or \`/agenda 15 3\` for item 3.`,
        };
      }
      if (request.text === "/help") return { kind: "help", ephemeral: true, answered: true, lang: "en", citations: [], text: "Commands: /agenda, /resolution" };
      return cannedAnswer();
    },
    passage: (id) => [CITATION_27, CITATION_28].find((c) => c.passageId === id),
    async feedback(conversation, user, answerRef, vote) {
      votes.push({ conversation, user, answerRef, vote });
      return `vote-${votes.length}`;
    },
    async feedbackReason(voteId, reason) {
      reasons.push({ voteId, reason });
    },
    commands: () => FAKE_COMMANDS,
    languageOf: (text) => (/[\u4e00-\u9fff]/.test(text) ? "zh" : "en"),
    library: () => LIBRARY,
    documentInfo: (symbol) => (symbol.toUpperCase() === "CAC/COSP/WG.4/2024/1" ? LIBRARY.newest : undefined),
  };
}
