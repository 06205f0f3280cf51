/** The command registry: names, duplicates, generated help, and every spec's own examples. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { registry } from "../../commands/index.js";
import { createRegistry, DuplicateCommandError } from "../../commands/registry.js";
import { defineCommand, type CommandSpec } from "../../src/core/command.js";
import { createTestAssistant, type TestAssistant } from "../core/test-assistant.js";

const spec = (id: string, aliases: string[] = []): CommandSpec =>
  defineCommand({
    id,
    aliases,
    description: { en: `The ${id} command`, zh: `${id} 命令` },
    usage: "<x>",
    args: z.string(),
    examples: [`/${id} x`],
    handler: (_args, ctx) => ({ kind: "answer", answered: true, text: id, citations: [], lang: ctx.lang }),
  }) as CommandSpec;

describe("createRegistry", () => {
  it.each([
    ["the same id twice", [spec("agenda"), spec("agenda")], "agenda", "agenda", "agenda"],
    ["an id differing only in case", [spec("agenda"), spec("Agenda")], "Agenda", "agenda", "Agenda"],
    ["an alias equal to another command's id", [spec("agenda"), spec("schedule", ["agenda"])], "agenda", "agenda", "schedule"],
    ["the same alias on two commands", [spec("agenda", ["议程"]), spec("schedule", ["议程"])], "议程", "agenda", "schedule"],
  ] as const)("throws DuplicateCommandError on %s", (_what, specs, name, first, second) => {
    let error: unknown;
    try {
      createRegistry([...specs]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DuplicateCommandError);
    expect(error).toMatchObject({ code: "duplicate_command", commandName: name, first, second });
    expect((error as Error).message).toContain(`/${first}`);
    expect((error as Error).message).toContain(`/${second}`);
  });

  it("finds a command by id or alias, case-insensitively and with or without the slash", () => {
    const r = createRegistry([spec("agenda", ["议程", "Sched"])]);
    for (const name of ["agenda", "AGENDA", "/agenda", "议程", "/议程", "sched", "SCHED"]) expect(r.find(name)?.id, name).toBe("agenda");
    expect(r.find("nothing")).toBeUndefined();
  });
});

describe("the assistant's registry", () => {
  it("holds the commands of the product", () => {
    expect(registry.list().map((s) => s.id).sort()).toEqual(["agenda", "ask", "digest", "document", "help", "meetings", "recommendations", "resolution"]);
  });

  it.each(["en", "zh"] as const)("help (%s) lists every command with its usage and description", (lang) => {
    const help = registry.help(lang);
    for (const s of registry.list()) expect(help).toContain(`• /${s.id} ${s.usage} — ${s.description[lang]}`);
    if (lang === "zh") expect(help).toMatch(/^我根据/);
    else expect(help).toMatch(/^I answer from the official meeting documents/);
  });

  it.each(registry.list().map((s) => [s.id, s] as const))("help for /%s shows its usage, description, aliases and every example", (id, s) => {
    for (const lang of ["en", "zh"] as const) {
      const help = registry.help(lang, id);
      expect(help).toContain(`**/${id} ${s.usage}**`);
      expect(help).toContain(s.description[lang]);
      for (const a of s.aliases) expect(help).toContain(a);
      for (const e of s.examples) expect(help).toContain(`• ${e}`);
    }
  });

  it("says so when help is asked for a command that does not exist", () => {
    expect(registry.help("en", "foo")).toBe("There is no command /foo.");
    expect(registry.help("zh", "foo")).toBe("没有命令 /foo。");
  });

  describe.each(registry.list().map((s) => [s.id, s] as const))("/%s", (id, s) => {
    it("has an English and a Chinese description", () => {
      expect(s.description.en).toMatch(/^[A-Z][^\u4e00-\u9fff]+$/);
      expect(s.description.zh).toMatch(/[\u4e00-\u9fff]/);
    });

    it("has a usage line and at least one example, each starting with its own command", () => {
      expect(typeof s.usage).toBe("string");
      expect(s.examples.length).toBeGreaterThan(0);
      for (const e of s.examples) expect(e === `/${id}` || e.startsWith(`/${id} `), e).toBe(true);
    });

    it("accepts each of its examples with its own argument schema", () => {
      for (const e of s.examples) {
        const r = s.args.safeParse(e.slice(id.length + 1).trim());
        expect(r.success, `${e}: ${r.success ? "" : r.error.issues.map((i) => i.message).join("; ")}`).toBe(true);
      }
    });
  });
});

describe("every example through the real assistant", () => {
  let t: TestAssistant;
  beforeAll(async () => {
    t = await createTestAssistant();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const examples = registry.list().flatMap((s) => s.examples.map((e) => [e, s.id] as const));
  it.each(examples)("“%s” gets a reply that is not an error", async (example, id) => {
    const r = await t.ask(example);
    if (id === "digest") {
      // Without a store or a subscription the digest says what it needs, shown to the asker only.
      expect(r.ephemeral).toBe(true);
      expect(r.code).not.toBe("internal_error");
      return;
    }
    expect(r.kind, r.text).not.toBe("error");
    expect(r.text.length).toBeGreaterThan(0);
  });
});
