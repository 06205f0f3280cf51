/**
 * The architecture's lines, read from the sources: commands, knowledge, answers and core never
 * load a platform or model package; adapters reach commands only through the Assistant; one
 * module reads the environment.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { repoRoot } from "./test-assistant.js";

/** Every .ts file under a folder of the repository, as repository-relative paths. */
function sources(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".ts")) out.push(relative(repoRoot, full));
    }
  };
  walk(join(repoRoot, folder));
  return out;
}

const text = (file: string) => readFileSync(join(repoRoot, file), "utf8");

/** Module specifiers a file imports, re-exports, dynamically imports or requires. */
function importsOf(source: string): string[] {
  const specs = new Set<string>();
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s+as\s+[\w$]+)?\s*from\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) specs.add(m[1]);
  return [...specs];
}

/** The repository file a relative specifier points at, or undefined for packages. */
function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = resolve(repoRoot, dirname(from), spec);
  for (const candidate of [base.replace(/\.js$/, ".ts"), base, `${base}.ts`, join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(repoRoot, candidate);
  }
  return undefined;
}

/** Every repository file reachable from `entry` through static and dynamic imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const s of importsOf(text(f))) {
      const local = resolveLocal(f, s);
      if (local) todo.push(local);
    }
  }
  return seen;
}

const PLATFORM_OR_MODEL = /^(?:@slack\/|@microsoft\/agents-|botbuilder|botframework|openai(?:\/|$))/;

const NEUTRAL = [...sources("commands"), ...sources("src/knowledge"), ...sources("src/answer"), ...sources("src/core")];

describe("the import extractor", () => {
  it("finds static, type-only, side-effect, dynamic and require imports", () => {
    const src = `import a from "x1";\nimport type { B } from 'x2';\nimport * as c from "x3";\nimport "x4";\nexport { d } from "x5";\nconst e = await import("x6");\nconst f = require("x7");\nimport g, { h } from "x8";`;
    expect(importsOf(src).sort()).toEqual(["x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8"]);
  });
});

describe("commands, knowledge, answers and core", () => {
  it("are all read", () => {
    expect(NEUTRAL).toContain("commands/agenda.ts");
    expect(NEUTRAL).toContain("src/core/router.ts");
    expect(NEUTRAL).toContain("src/knowledge/load.ts");
    expect(NEUTRAL).toContain("src/answer/understand.ts");
    expect(NEUTRAL).not.toContain("src/wording/llm.ts");
  });

  it.each(NEUTRAL)("%s imports no Slack, Teams or OpenAI package", (file) => {
    const bad = importsOf(text(file)).filter((s) => PLATFORM_OR_MODEL.test(s));
    expect(bad).toEqual([]);
  });

  it.each(["src/app/create-assistant.ts", "src/core/router.ts", "commands/index.ts", "src/knowledge/load.ts"])(
    "%s loads no platform or model package through its imports either",
    (entry) => {
      const offenders = [...reachable(entry)].filter((f) => importsOf(text(f)).some((s) => PLATFORM_OR_MODEL.test(s)));
      expect(offenders).toEqual([]);
    },
  );
});

describe("core, the ground floor", () => {
  const typeOnly = /^import type [^;]+;$/gm;

  it.each(sources("src/core"))("%s loads no module above core", (file) => {
    const runtime = importsOf(text(file).replace(typeOnly, "")).map((s) => resolveLocal(file, s)).filter((f): f is string => !!f);
    expect(runtime.filter((f) => !f.startsWith("src/core/"))).toEqual([]);
  });

  /** The interfaces of what a command is handed: the index it reads and the store it writes. */
  const HANDED = ["src/knowledge/model.ts", "src/store/types.ts"];

  it.each(sources("src/core"))("%s names no type above core but the index and store a command is handed", (file) => {
    const types = (text(file).match(typeOnly) ?? []).flatMap((line) => importsOf(line)).map((s) => resolveLocal(file, s)).filter((f): f is string => !!f);
    expect(types.filter((f) => !f.startsWith("src/core/") && !HANDED.includes(f))).toEqual([]);
  });

  it("leaves composing the assistant (index, commands, answers) to src/app", () => {
    const composers = [...sources("src"), ...sources("commands")].filter((f) => importsOf(text(f)).some((s) => resolveLocal(f, s) === "commands/index.ts"));
    expect(composers.filter((f) => f.startsWith("src/core/"))).toEqual([]);
    expect(composers).toContain("src/app/create-assistant.ts");
  });
});

describe("the model's wording", () => {
  it("is the only place that imports the model client", () => {
    const users = [...sources("src"), ...sources("commands")].filter((f) => importsOf(text(f)).some((s) => /^openai(?:\/|$)/.test(s)));
    expect(users.length).toBeGreaterThan(0);
    expect(users.filter((f) => !f.startsWith("src/wording/"))).toEqual([]);
  });
});

describe("the knowledge module", () => {
  const outside = [...sources("src"), ...sources("commands")].filter((f) => !f.startsWith("src/knowledge/") && !f.startsWith("src/core/"));

  it.each(outside)("%s enters it through its front door, src/knowledge/index.ts", (file) => {
    const inner = importsOf(text(file)).map((s) => resolveLocal(file, s)).filter((f): f is string => !!f && f.startsWith("src/knowledge/"));
    expect(inner.filter((f) => f !== "src/knowledge/index.ts")).toEqual([]);
  });
});

describe("adapters", () => {
  /** Build-time tools that generate platform manifests from the command list; no adapter loads them. */
  const MANIFEST_TOOLS = ["src/adapters/slack/manifest.ts", "src/adapters/teams/app-package/cli.ts"];
  const adapterFiles = sources("src/adapters");
  const runtime = adapterFiles.filter((f) => !MANIFEST_TOOLS.includes(f));

  it.each(runtime)("%s does not import from commands/", (file) => {
    const toCommands = importsOf(text(file)).filter((s) => resolveLocal(file, s)?.startsWith("commands/"));
    expect(toCommands).toEqual([]);
  });

  it.each(adapterFiles.filter((f) => /\/(index|chat)\.ts$/.test(f) && !MANIFEST_TOOLS.includes(f)))(
    "%s reaches neither commands/ nor the assistant's composition root through its imports",
    (entry) => {
      const reached = [...reachable(entry)];
      expect(reached.filter((f) => f.startsWith("commands/") || f === "src/app/create-assistant.ts" || f === "src/core/router.ts")).toEqual([]);
    },
  );

  it("loads the manifest tools from no adapter module", () => {
    for (const f of runtime) {
      const local = importsOf(text(f)).map((s) => resolveLocal(f, s));
      for (const tool of MANIFEST_TOOLS) expect(local, f).not.toContain(tool);
    }
  });
});

describe("the environment", () => {
  const files = [...sources("src"), ...sources("commands")].filter((f) => text(f).includes("process.env"));

  it("is read by src/core/config.ts", () => {
    expect(files).toContain("src/core/config.ts");
  });

  it("is not touched by commands, knowledge, answers, adapters, digests, store or server", () => {
    expect(files.filter((f) => f !== "src/core/config.ts" && !f.startsWith("src/cli/"))).toEqual([]);
  });

  it.each(sources("src/cli"))("%s touches process.env only to pass it to loadConfig", (file) => {
    const uses = (text(file).match(/process\.env/g) ?? []).length;
    const passed = (text(file).match(/loadConfig\(\s*process\.env\s*[,)]/g) ?? []).length;
    expect(uses).toBe(passed);
  });
});
