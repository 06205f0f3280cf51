import { describe, expect, it } from "vitest";
import { officialDocumentUrl, withOfficialLinks } from "../../src/core/official-document.js";
import { loadConfig, slackReplyMode } from "../../src/core/config.js";
import type { Answer } from "../../src/core/types.js";

describe("links to the official document", () => {
  it("addresses the Official Document System by symbol and the asker's language", () => {
    expect(officialDocumentUrl("CAC/COSP/WG.4/2024/1", "en")).toBe("https://documents.un.org/api/symbol/access?s=CAC%2FCOSP%2FWG.4%2F2024%2F1&l=E&t=pdf");
    expect(officialDocumentUrl("CAC/COSP/WG.4/2024/1", "zh", "https://ods.example.org/")).toBe("https://ods.example.org/api/symbol/access?s=CAC%2FCOSP%2FWG.4%2F2024%2F1&l=C&t=pdf");
  });

  it("links a document issued under two symbols by its first: the address takes one symbol", () => {
    expect(officialDocumentUrl("E/2003/30 E/CN.15/2003/14", "zh")).toBe("https://documents.un.org/api/symbol/access?s=E%2F2003%2F30&l=C&t=pdf");
  });

  it("links only the citations whose symbol is known", () => {
    const answer: Answer = {
      answered: true,
      text: "x [1][2]",
      lang: "zh",
      citations: [
        { document: "CAC/COSP/2023/1", symbol: "CAC/COSP/2023/1", file: "a.txt", paragraph: "1", quote: "q" },
        { document: "临时议程说明, 2024-06-13", file: "b.txt", paragraph: "2", quote: "q" },
      ],
    };
    const linked = withOfficialLinks(answer);
    expect(linked.citations.map((c) => c.url)).toEqual(["https://documents.un.org/api/symbol/access?s=CAC%2FCOSP%2F2023%2F1&l=C&t=pdf", undefined]);
  });

  it("takes the base address from OFFICIAL_DOCUMENTS_URL and names the variable when it is not a URL", () => {
    expect(loadConfig({}, "/tmp").presentation.officialDocumentsUrl).toBe("https://documents.un.org");
    expect(loadConfig({ OFFICIAL_DOCUMENTS_URL: "https://mirror.example.org" }, "/tmp").presentation.officialDocumentsUrl).toBe("https://mirror.example.org");
    expect(() => loadConfig({ OFFICIAL_DOCUMENTS_URL: "documents.un.org" }, "/tmp")).toThrow(/OFFICIAL_DOCUMENTS_URL: must be an http\(s\) URL/);
  });
});

describe("SLACK_COMMAND_REPLIES", () => {
  it("makes slash-command answers private by default, with exceptions per workspace", () => {
    const none = loadConfig({}, "/tmp").presentation.slackCommandReplies;
    expect(slackReplyMode(none, "T1")).toBe("private");
    const some = loadConfig({ SLACK_COMMAND_REPLIES: "private,T0CHANNEL:channel" }, "/tmp").presentation.slackCommandReplies;
    expect(slackReplyMode(some, "T0CHANNEL")).toBe("channel");
    expect(slackReplyMode(some, "T0OTHER")).toBe("private");
    const all = loadConfig({ SLACK_COMMAND_REPLIES: "channel,T0QUIET:private" }, "/tmp").presentation.slackCommandReplies;
    expect([slackReplyMode(all, "T0QUIET"), slackReplyMode(all, undefined)]).toEqual(["private", "channel"]);
  });

  it("names the variable and the fix for a value it cannot read", () => {
    expect(() => loadConfig({ SLACK_COMMAND_REPLIES: "public" }, "/tmp")).toThrow(/SLACK_COMMAND_REPLIES: must be private .* or channel/);
  });
});
