/**
 * Documents added, changed or removed while the bot runs are picked up without a restart; a
 * file still being written is not read half-way; only changed files are parsed again.
 */
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { scratchDir } from "../fixtures/scratch.js";
import { loadIndex } from "../../src/knowledge/load.js";
import { createLiveIndex } from "../../src/knowledge/live.js";
import { watchCorpus, type CorpusWatcher } from "../../src/knowledge/watch.js";
import { createAssistant } from "../../src/app/create-assistant.js";
import { loadConfig } from "../../src/core/config.js";
import { glossaryDir, root } from "./corpus.js";

const en = `${root}test/fixtures/versions/en/wg4-2099-5.txt`;
const zh = `${root}test/fixtures/versions/zh/wg4-2099-5-zh.txt`;
const ga = `${root}test/fixtures/real-documents/ga-res-80/A_RES_80_8.md`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let watcher: CorpusWatcher | undefined;
afterEach(() => watcher?.close());

function workspace() {
  const dir = scratchDir("watch-");
  const docs = join(dir, "docs");
  const cacheDir = join(dir, "cache");
  mkdirSync(docs);
  copyFileSync(en, join(docs, "en.txt"));
  return { docs, cacheDir };
}

describe("the parse cache", () => {
  it("parses only the file that changed when the index is loaded again", async () => {
    const { docs, cacheDir } = workspace();
    copyFileSync(zh, join(docs, "zh.txt"));
    const first = await loadIndex({ documentsDir: docs, glossaryDir, cacheDir });
    expect(first.parsed).toBe(2);
    appendFileSync(join(docs, "zh.txt"), "\n4. 会议文件将在网站上提供。\n");
    const second = await loadIndex({ documentsDir: docs, glossaryDir, cacheDir });
    expect(second.parsed).toBe(1);
    expect(second.index.documents.find((d) => d.meta.file === "zh.txt")!.passages.some((p) => p.number === "4")).toBe(true);
  });
});

describe("watching the documents folders", () => {
  it("serves a document added while running, read only once it is whole", async () => {
    const { docs, cacheDir } = workspace();
    const live = createLiveIndex((await loadIndex({ documentsDir: docs, glossaryDir, cacheDir })).index);
    const rebuilds: string[][] = [];
    watcher = watchCorpus({
      dirs: [docs],
      settleMs: 150,
      rebuild: async (changed) => {
        rebuilds.push(changed);
        live.replace((await loadIndex({ documentsDir: docs, glossaryDir, cacheDir })).index);
      },
    });
    const text = readFileSync(ga, "utf8");
    const half = Math.floor(text.length / 2);
    writeFileSync(join(docs, "A_RES_80_8.md"), text.slice(0, half));
    await sleep(60);
    appendFileSync(join(docs, "A_RES_80_8.md"), text.slice(half));
    await sleep(400);
    await watcher.idle();
    expect(live.counts().documents).toBe(2);
    // Read whole: the last operative paragraph and the plenary line are there.
    expect(live.resolution("80/8", { body: "ga" })?.plenary?.ordinal).toBe(46);
    expect(rebuilds).toHaveLength(1);
  });

  it("drops a removed document and re-reads a changed one", async () => {
    const { docs, cacheDir } = workspace();
    copyFileSync(zh, join(docs, "zh.txt"));
    const live = createLiveIndex((await loadIndex({ documentsDir: docs, glossaryDir, cacheDir })).index);
    watcher = watchCorpus({ dirs: [docs], settleMs: 100, rebuild: async () => live.replace((await loadIndex({ documentsDir: docs, glossaryDir, cacheDir })).index) });
    rmSync(join(docs, "zh.txt"));
    appendFileSync(join(docs, "en.txt"), "\n4. Side events will be announced on the website.\n");
    await sleep(400);
    await watcher.idle();
    expect(live.documents.map((d) => d.meta.file)).toEqual(["en.txt"]);
    expect(live.documents[0].passages.some((p) => p.number === "4")).toBe(true);
  });

  it("keeps the running assistant answering from new documents", async () => {
    const { docs, cacheDir } = workspace();
    const config = { ...loadConfig({ DOCUMENTS_DIR: docs, CACHE_DIR: cacheDir, LOG_LEVEL: "silent" }), glossaryDir };
    const assistant = await createAssistant({ config, watch: true });
    try {
      expect(assistant.index.resolution("80/8", { body: "ga" })).toBeUndefined();
      copyFileSync(ga, join(docs, "A_RES_80_8.md"));
      for (let i = 0; i < 60 && !assistant.index.resolution("80/8", { body: "ga" }); i++) await sleep(100);
      expect(assistant.index.resolution("80/8", { body: "ga" })?.title).toMatch(/^Building a peaceful and better world/);
    } finally {
      assistant.close();
    }
  });
});
