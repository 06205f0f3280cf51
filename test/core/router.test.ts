/**
 * The router: slash commands, commands typed in chat and free questions; unknown commands,
 * bad arguments (English and Chinese) and failing handlers become error replies, never throws.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { registry } from "../../commands/index.js";
import { createRegistry } from "../../commands/registry.js";
import { defineCommand, type CommandSpec } from "../../src/core/command.js";
import { createRouter, parseCommand, type Router } from "../../src/core/router.js";
import { createThreadMemory } from "../../src/core/memory.js";
import type { Logger } from "../../src/core/log.js";
import type { Reply, Request } from "../../src/core/types.js";
import { StoreUnavailableError, type Store } from "../../src/store/index.js";
import { createTestAssistant, testNow, type TestAssistant } from "./test-assistant.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
});
afterAll(async () => {
  await t.cleanup();
});

const conversation = { platform: "console" as const, id: "router", thread: "r" };
const request = (text: string): Request => ({ text, conversation });

interface Call {
  id: string;
  args: unknown;
}

/** The real specs (ids, aliases, argument schemas) with handlers that record what reached them. */
function recordingRouter(): { router: Router; calls: Call[] } {
  const calls: Call[] = [];
  const specs = registry.list().map(
    (s): CommandSpec => ({
      ...s,
      handler: (args, ctx) => {
        calls.push({ id: s.id, args });
        return { kind: "answer", answered: true, text: `ran /${s.id}`, citations: [], lang: ctx.lang };
      },
    }),
  );
  const router = createRouter({ registry: createRegistry(specs), index: t.assistant.index, services: {}, memory: createThreadMemory(), timeZone: "Europe/Vienna", now: testNow });
  return { router, calls };
}

describe("routing", () => {
  it.each(["/agenda 15", "agenda 15", "议程 15", "/议程 15", "/AGENDA 15", "  /agenda   15  "])("sends “%s” to /agenda with meeting 15", async (text) => {
    const { router, calls } = recordingRouter();
    const r = await router.handle(request(text));
    expect(r.text).toBe("ran /agenda");
    expect(calls).toEqual([{ id: "agenda", args: expect.objectContaining({ ordinal: 15 }) }]);
  });

  it.each([
    "agenda of the 15th meeting?",
    "agenda items for the fifteenth meeting of the working group in Vienna",
    "议程项目2(a)是什么？",
    "When does the 15th meeting open?",
    "第十五次会议什么时候开幕？",
    "resolution 10/3?",
  ])("treats “%s” as a question for /ask, passing the whole text", async (text) => {
    const { router, calls } = recordingRouter();
    await router.handle(request(text));
    expect(calls).toEqual([{ id: "ask", args: text }]);
  });

  it.each([
    ["/resolution 10/3", "resolution"],
    ["决议 10/3", "resolution"],
    ["/doc CAC/COSP/WG.4/2024/3", "document"],
    ["文号 CAC/COSP/WG.4/2024/3", "document"],
    ["/recs 10", "recommendations"],
    ["/help agenda", "help"],
    ["/q when?", "ask"],
  ])("sends “%s” to /%s", async (text, id) => {
    const { router, calls } = recordingRouter();
    await router.handle(request(text));
    expect(calls.map((c) => c.id)).toEqual([id]);
  });

  it("parses command text into the command and its arguments, and sentences into nothing", () => {
    expect(parseCommand("/agenda 15 2(a)", registry)).toMatchObject({ name: "agenda", args: "15 2(a)", slash: true, spec: { id: "agenda" } });
    expect(parseCommand("议程 15", registry)).toMatchObject({ name: "议程", args: "15", slash: false, spec: { id: "agenda" } });
    expect(parseCommand("/foo bar", registry)).toMatchObject({ name: "foo", args: "bar", slash: true, spec: undefined });
    expect(parseCommand("agenda of the 15th meeting?", registry)).toBeUndefined();
    expect(parseCommand("what is on today", registry)).toBeUndefined();
  });

  it("reads a command word typed without a slash and going on as a sentence as a question, and one followed by arguments as the command", () => {
    for (const text of ["agenda for this week's meeting", "agenda at the Vienna session", "agenda is what", "议程是什么", "议程有哪些"]) expect(parseCommand(text, registry), text).toBeUndefined();
    for (const [text, args] of [["agenda 15", "15"], ["agenda IRG 14 2(a)", "IRG 14 2(a)"], ["agenda banana", "banana"], ["议程 第十五次", "第十五次"]]) expect(parseCommand(text, registry), text).toMatchObject({ args, spec: { id: "agenda" } });
  });
});

describe("unknown commands", () => {
  it.each([
    ["/foo", "en", "There is no /foo command."],
    ["/foo bar baz", "en", "There is no /foo command."],
    ["/未知 15", "zh", "没有 /未知 这个命令。"],
  ] as const)("answers “%s” with an ephemeral unknown_command error listing the commands", async (text, lang, says) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "error", code: "unknown_command", ephemeral: true, answered: false, lang, citations: [] });
    expect(r.text).toContain(says);
    for (const s of registry.list()) expect(r.text).toContain(`/${s.id} ${s.usage}`);
  });
});

describe("empty messages", () => {
  it.each(["", "   ", "\n"])("answers %j with the help, ephemeral", async (text) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "help", ephemeral: true, answered: true });
    expect(r.text).toBe(registry.help("en"));
  });
});

/** One bad-argument case: what to send, and what the reply must say. */
interface BadArgument {
  text: string;
  lang: "en" | "zh";
  command: string;
}

const BAD_ARGUMENTS: BadArgument[] = [
  { text: "/agenda xyz", lang: "en", command: "agenda" },
  { text: "/议程 某某会议", lang: "zh", command: "agenda" },
  { text: "/resolution abc", lang: "en", command: "resolution" },
  { text: "/决议 第几号", lang: "zh", command: "resolution" },
  { text: "/document", lang: "en", command: "document" },
  { text: "/文件", lang: "zh", command: "document" },
  { text: "/document    ", lang: "en", command: "document" },
  { text: `/ask ${"What happened at the meeting? ".repeat(100)}`, lang: "en", command: "ask" },
  { text: "What happened at the meeting? ".repeat(100), lang: "en", command: "ask" },
  { text: `/问 ${"会议讨论了什么问题？".repeat(300)}`, lang: "zh", command: "ask" },
];

const EXPECTED: Record<"en" | "zh", Record<string, RegExp>> = {
  en: {
    agenda: /meeting number such as 15/,
    resolution: /such as 10\/3/,
    document: /document symbol such as CAC\/COSP\/WG\.4\/2024\/3/,
    ask: /at most 2,000 characters/,
  },
  zh: {
    agenda: /应为会议序号，例如 15/,
    resolution: /例如 10\/3/,
    document: /应为文件的文号，例如 CAC\/COSP\/WG\.4\/2024\/3/,
    ask: /不能超过2000个字符/,
  },
};

describe("meeting arguments", () => {
  it.each([
    ["/agenda WG15", /15th meeting of the Working Group on Prevention/],
    ["/agenda wg-15 2(a)", /Item 2\(a\)/],
  ])("reads a short name with its number joined: “%s”", async (text, expected) => {
    const r = await t.ask(text);
    expect(r, r.text).toMatchObject({ kind: "answer", answered: true });
    expect(r.text).toMatch(expected);
  });
});

describe("bad arguments", () => {
  it("reads “/agenda fifteen” as meeting 15", async () => {
    const r = await t.ask("/agenda fifteen");
    expect(r).toMatchObject({ kind: "answer", answered: true });
    expect(r.text).toContain("15th meeting of the Working Group on Prevention");
  });

  it.each(BAD_ARGUMENTS.map((c) => [c.text.slice(0, 40), c] as const))(
    "answers “%s” with an ephemeral bad_argument error giving the usage and an example",
    async (_name, c) => {
      const r = await t.ask(c.text);
      const spec = registry.find(c.command)!;
      expect(r, r.text).toMatchObject({ kind: "error", code: "bad_argument", ephemeral: true, answered: false, lang: c.lang, citations: [] });
      expect(r.text).toContain(`/${spec.id} ${spec.usage}`);
      expect(r.text).toContain(spec.examples[0]);
      expect(r.text).toMatch(c.lang === "zh" ? /用法：[\s\S]*示例：/ : /Usage: [\s\S]*Example: /);
      expect(r.text, "says what was expected, in the asker's language").toMatch(EXPECTED[c.lang][c.command]);
    },
  );

  it.each(BAD_ARGUMENTS.filter((c) => c.lang === "en").map((c) => [c.text.slice(0, 40), c] as const))("quotes what it could not read in “%s”", async (_name, c) => {
    const r = await t.ask(c.text);
    expect(r.text).toMatch(new RegExp(`^I couldn't read "/${c.command} `));
  });

  it.each([
    ["/议程 某某会议", "应为会议序号"],
    ["/决议 某项决议", "应为决议或决定编号"],
  ])("explains in Chinese what was expected when the bad argument “%s” is Chinese", async (text, reason) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "error", code: "bad_argument", lang: "zh", ephemeral: true });
    expect(r.text).toContain(reason);
    expect(r.text).not.toMatch(/expected a/);
  });

  it("shows how to ask when /ask or /问 comes with nothing", async () => {
    for (const [text, lang] of [["/ask", "en"], ["/问", "zh"]] as const) {
      const r = await t.ask(text);
      expect(r).toMatchObject({ ephemeral: true, lang, citations: [] });
      expect(r.text).toContain("/ask <question>");
    }
  });
});

describe("failing handlers", () => {
  const boom = (message: string, async: boolean): CommandSpec =>
    defineCommand({
      id: "boom",
      aliases: ["爆炸"],
      description: { en: "Fails", zh: "失败" },
      usage: "",
      args: z.string(),
      examples: ["/boom"],
      handler: (): Reply | Promise<Reply> => {
        if (async) return Promise.reject(new Error(message));
        throw new Error(message);
      },
    }) as CommandSpec;

  function failingRouter(async: boolean) {
    const events: { msg: string; fields?: Record<string, unknown> }[] = [];
    const record = (msg: string, fields?: Record<string, unknown>) => void events.push({ msg, fields });
    const logger: Logger = { debug: record, info: record, warn: record, error: record };
    const reg = createRegistry([boom("secret detail /etc/passwd", async), ...registry.list().filter((s) => s.id === "ask")]);
    const router = createRouter({ registry: reg, index: t.assistant.index, services: {}, memory: createThreadMemory(), timeZone: "Europe/Vienna", now: testNow, logger });
    return { router, events };
  }

  it.each([
    ["throws", false],
    ["rejects", true],
  ] as const)("turns a handler that %s into an ephemeral internal_error that hides the cause and logs it", async (_how, async) => {
    const { router, events } = failingRouter(async);
    const r = await router.handle(request("/boom"));
    expect(r).toMatchObject({ kind: "error", code: "internal_error", ephemeral: true, answered: false, citations: [], lang: "en" });
    expect(r.text).toContain("Something went wrong");
    expect(r.text).not.toContain("secret detail");
    expect(events).toEqual([{ msg: "command failed", fields: { command: "boom", error: "secret detail /etc/passwd" } }]);
  });

  it("says so in Chinese when the command was Chinese", async () => {
    const { router } = failingRouter(false);
    const r = await router.handle(request("/爆炸 一下"));
    expect(r).toMatchObject({ kind: "error", code: "internal_error", lang: "zh" });
    expect(r.text).toContain("处理这个请求时出错了");
  });

  /** A store whose database is unreachable: every call fails as the real ones do then. */
  const unreachableStore = new Proxy({} as Store, {
    get: () => () => Promise.reject(new StoreUnavailableError("The database is not answering; reconnecting")),
  });

  it.each([
    ["/digest subscribe wg-prevention", "en", "try again shortly"],
    ["/digest status", "en", "try again shortly"],
    ["/简报 订阅 预防腐败问题工作组", "zh", "请稍后再试"],
  ] as const)("answers “%s” with a clear try-again-shortly reply while the store's database is unreachable", async (text, lang, words) => {
    const events: string[] = [];
    const record = (msg: string) => void events.push(msg);
    const logger: Logger = { debug: record, info: record, warn: record, error: record };
    const router = createRouter({ registry, index: t.assistant.index, services: { store: unreachableStore }, memory: createThreadMemory(), timeZone: "Europe/Vienna", now: testNow, logger });
    const r = await router.handle(request(text));
    expect(r).toMatchObject({ kind: "error", code: "store_unavailable", ephemeral: true, answered: false, lang });
    expect(r.text).toContain(words);
    expect(events).toEqual(["command needs the store, which is unavailable"]);
  });
});
