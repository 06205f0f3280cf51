/** /help through the real assistant: generated from the registry, shown to the asker only. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registry } from "../../commands/index.js";
import { createTestAssistant, type TestAssistant } from "../core/test-assistant.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
});
afterAll(async () => {
  await t.cleanup();
});

describe("/help", () => {
  it.each([
    ["/help", "en"],
    ["help", "en"],
    ["/?", "en"],
    ["/帮助", "zh"],
    ["帮助", "zh"],
  ] as const)("“%s” lists every command, ephemeral, in %s", async (text, lang) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "help", answered: true, ephemeral: true, lang, citations: [] });
    expect(r.text).toBe(registry.help(lang));
    for (const s of registry.list()) expect(r.text).toContain(`/${s.id} ${s.usage}`);
  });

  it.each(["/help agenda", "/help /agenda", "/help 议程", "help agenda"])("“%s” shows the usage and examples of /agenda", async (text) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "help", answered: true, ephemeral: true });
    expect(r.text).toContain("**/agenda <meeting> [item]**");
    for (const e of registry.find("agenda")!.examples) expect(r.text).toContain(e);
  });

  it("“/帮助 议程” shows /agenda's Chinese description and examples", async () => {
    const r = await t.ask("/帮助 议程");
    expect(r).toMatchObject({ kind: "help", lang: "zh", ephemeral: true });
    expect(r.text).toContain("会议的临时议程，或某一议程项目的安排和文件");
    expect(r.text).toContain("示例");
  });

  it("“/帮助 agenda” answers in Chinese: the Chinese command word asks for Chinese", async () => {
    const r = await t.ask("/帮助 agenda");
    expect(r).toMatchObject({ kind: "help", lang: "zh", ephemeral: true });
    expect(r.text).toContain("会议的临时议程，或某一议程项目的安排和文件");
  });

  it("says there is no such command for “/help foo”", async () => {
    const r = await t.ask("/help foo");
    expect(r).toMatchObject({ kind: "help", ephemeral: true });
    expect(r.text).toContain("There is no command /foo.");
  });

  it("answers an empty message with the help", async () => {
    for (const text of ["", "   "]) {
      const r = await t.ask(text);
      expect(r).toMatchObject({ kind: "help", ephemeral: true });
      expect(r.text).toBe(registry.help("en"));
    }
  });

  it("typing “?” or “？” alone shows the help, as the alias ? promises", async () => {
    for (const text of ["?", "？", " ? "]) {
      const r = await t.ask(text);
      expect(r).toMatchObject({ kind: "help", ephemeral: true });
      expect(r.text).toContain("/agenda <meeting> [item]");
    }
  });
});
