/**
 * The Teams app package: manifest generated from the command registry and valid for the schema
 * version it declares, icons that are real PNGs of the required sizes, and a readable zip.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, copyFile, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { inflateRawSync, inflateSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildAppPackage } from "../../../src/adapters/teams/app-package/build.js";
import { crc32, crc32Slow } from "../../../src/adapters/teams/app-package/crc32.js";
import { colorIcon, outlineIcon } from "../../../src/adapters/teams/app-package/icons.js";
import { registry } from "../../../commands/index.js";
import { buildTeamsManifest, commandEntry, ManifestError, MANIFEST_SCHEMA_URL, MANIFEST_VERSION, PLACEHOLDER_APP_ID, teamsManifestSchema } from "../../../src/adapters/teams/app-package/manifest.js";
import { createZip } from "../../../src/adapters/teams/app-package/zip.js";

const APP_ID = "0f7b3c1e-5d2a-4e8f-9b6c-1a2d3e4f5a6b";
const appJson = resolve(import.meta.dirname, "../../../teams/app.json");

/** Stands in for commands/index.ts until the registry lands; the shape of CommandSpec. */
const fakeRegistry = {
  list: () => [
    { id: "agenda", description: { en: "The agenda of a meeting, with the documents for each item", zh: "会议议程" } },
    { id: "meetings", description: { en: "Upcoming and past meetings of a body", zh: "会议" } },
    { id: "resolution", description: { en: "What a resolution or decision says, operative paragraph by paragraph", zh: "决议" } },
    { id: "help", description: { en: "What the assistant can do, with examples", zh: "帮助" } },
  ],
};

async function appInfo() {
  return JSON.parse(await readFile(appJson, "utf8"));
}

/** Reads a zip through its central directory, as an unzipper does. */
function readZip(buf: Buffer): Map<string, Buffer> {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eocd).toBeGreaterThan(0);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString("utf8");
    expect(buf.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    expect(crc32Slow(data)).toBe(crc);
    out.set(name, data);
    p += 46 + nameLen + extra + comment;
  }
  return out;
}

/** Decodes our PNGs (8-bit RGBA, filter 0), checking every chunk's CRC. */
function readPng(buf: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let p = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (p < buf.length) {
    const len = buf.readUInt32BE(p);
    const type = buf.subarray(p + 4, p + 8).toString("ascii");
    const data = buf.subarray(p + 8, p + 8 + len);
    expect(buf.readUInt32BE(p + 8 + len)).toBe(crc32Slow(buf.subarray(p + 4, p + 8 + len)));
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 6]);
    }
    if (type === "IDAT") idat.push(data);
    p += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe(height * (1 + width * 4));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (1 + width * 4)]).toBe(0);
    raw.copy(pixels, y * width * 4, y * (1 + width * 4) + 1, (y + 1) * (1 + width * 4));
  }
  return { width, height, pixels };
}

describe("Teams app manifest", () => {
  it("declares schema v1.22 and validates against the model of that version", async () => {
    const manifest = buildTeamsManifest({ commands: fakeRegistry.list(), appId: APP_ID, app: await appInfo() });
    expect(manifest.$schema).toBe(MANIFEST_SCHEMA_URL);
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/`);
    expect(manifest.manifestVersion).toBe(MANIFEST_VERSION);
    expect(teamsManifestSchema.safeParse(manifest).success).toBe(true);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots?.[0].botId).toBe(APP_ID);
    expect(manifest.bots?.[0].scopes).toEqual(["personal", "team", "groupChat"]);
  });

  it("offers exactly the registry's commands, id as title and English description, in every scope", async () => {
    const manifest = buildTeamsManifest({ commands: fakeRegistry.list(), appId: APP_ID, app: await appInfo() });
    const expected = fakeRegistry.list().map((c) => ({ title: c.id, description: c.description.en }));
    expect(manifest.bots?.[0].commandLists?.map((l) => l.scopes)).toEqual([["personal"], ["team"], ["groupChat"]]);
    for (const list of manifest.bots?.[0].commandLists ?? []) expect(list.commands).toEqual(expected);
  });

  it("uses the placeholder GUID when MICROSOFT_APP_ID is unset", async () => {
    const manifest = buildTeamsManifest({ commands: fakeRegistry.list(), app: await appInfo() });
    expect(manifest.id).toBe(PLACEHOLDER_APP_ID);
    expect(manifest.bots?.[0].botId).toBe(PLACEHOLDER_APP_ID);
  });

  it("shortens a description longer than Teams' command menu shows", async () => {
    const long = { id: "ask", description: { en: "x".repeat(200), zh: "问" } };
    const manifest = buildTeamsManifest({ commands: [long], appId: APP_ID, app: await appInfo() });
    const d = manifest.bots![0].commandLists![0].commands[0].description;
    expect(Array.from(d)).toHaveLength(128);
    expect(d.endsWith("…")).toBe(true);
  });

  it("refuses an app id that is not a GUID, naming MICROSOFT_APP_ID", async () => {
    const app = await appInfo();
    expect(() => buildTeamsManifest({ commands: fakeRegistry.list(), appId: "my-bot", app })).toThrowError(/id: must be a GUID \(MICROSOFT_APP_ID/);
  });

  it("refuses more than ten commands, the most a Teams command list holds", async () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ id: `cmd${i}`, description: { en: "d", zh: "d" } }));
    const app = await appInfo();
    expect(() => buildTeamsManifest({ commands: many, appId: APP_ID, app })).toThrowError(ManifestError);
  });

  it("has a schema model that rejects what the published schema rejects", async () => {
    const good = buildTeamsManifest({ commands: fakeRegistry.list(), appId: APP_ID, app: await appInfo() });
    const bad = [
      { ...good, manifestVersion: "1.17" },
      { ...good, name: { short: "A name much longer than thirty characters" } },
      { ...good, accentColor: "blue" },
      { ...good, developer: { ...good.developer, privacyUrl: "ftp://example.org" } },
      { ...good, version: "1.0" },
      { ...good, unknownField: true },
      { ...good, bots: [{ ...good.bots![0], scopes: ["everywhere"] }] },
    ];
    for (const m of bad) expect(teamsManifestSchema.safeParse(m).success, JSON.stringify(m).slice(0, 80)).toBe(false);
  });

  it("lists exactly the commands of the real registry (commands/index.ts)", async () => {
    const specs = registry.list();
    const manifest = buildTeamsManifest({ commands: specs, appId: APP_ID, app: await appInfo() });
    for (const list of manifest.bots![0].commandLists!) {
      expect(list.commands.map((c) => c.title)).toEqual(specs.map((s) => s.id));
      expect(list.commands.map((c) => c.description)).toEqual(specs.map((s) => commandEntry(s).description));
    }
  });

  it("has a committed teams/manifest.json that is up to date with the registry (run npm run teams:package)", async () => {
    const committed = JSON.parse(await readFile(resolve(import.meta.dirname, "../../../teams/manifest.json"), "utf8"));
    expect(teamsManifestSchema.safeParse(committed).success).toBe(true);
    const fresh = buildTeamsManifest({ commands: registry.list(), appId: committed.id, app: await appInfo() });
    expect(committed).toEqual(fresh);
  });
});

describe("Teams app icons", () => {
  it("draws a 192×192 colour icon without transparency", () => {
    const png = readPng(colorIcon());
    expect([png.width, png.height]).toEqual([192, 192]);
    let transparent = 0;
    for (let i = 3; i < png.pixels.length; i += 4) if (png.pixels[i] !== 255) transparent++;
    expect(transparent).toBe(0);
  });

  it("draws a 32×32 outline icon that is only white or transparent", () => {
    const png = readPng(outlineIcon());
    expect([png.width, png.height]).toEqual([32, 32]);
    const seen = new Set<string>();
    for (let i = 0; i < png.pixels.length; i += 4) seen.add(png.pixels.subarray(i, i + 4).join(","));
    expect([...seen].sort()).toEqual(["0,0,0,0", "255,255,255,255"]);
  });

  it("computes CRC-32 the same way with node:zlib and the table", () => {
    const data = Buffer.from("The quick brown fox jumps over the lazy dog");
    expect(crc32(data)).toBe(0x414fa339);
    expect(crc32Slow(data)).toBe(0x414fa339);
  });
});

describe("Teams app package", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "teams-package-"));
    await copyFile(appJson, join(dir, "app.json"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("zips manifest.json and both icons at the archive root, readable by a zip reader", async () => {
    const pkg = await buildAppPackage({ dir, commands: fakeRegistry.list(), appId: APP_ID });

    const files = readZip(await readFile(pkg.zipFile));
    expect([...files.keys()]).toEqual(["manifest.json", "color.png", "outline.png"]);
    expect(JSON.parse(files.get("manifest.json")!.toString("utf8"))).toEqual(pkg.manifest);
    expect(readPng(files.get("color.png")!).width).toBe(192);
    expect(readPng(files.get("outline.png")!).width).toBe(32);
    expect(JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")).id).toBe(APP_ID);

    const unzip = spawnSync("unzip", ["-t", pkg.zipFile], { encoding: "utf8", timeout: 10_000 });
    if (unzip.error) return; // no unzip on this machine: the reader above is the check
    expect(unzip.status).toBe(0);
    expect(unzip.stdout).toContain("No errors detected");
  });

  it("keeps icons already in the folder unless asked to redraw them", async () => {
    const custom = outlineIcon();
    await writeFile(join(dir, "color.png"), Buffer.from("custom"));
    await writeFile(join(dir, "outline.png"), custom);
    const pkg = await buildAppPackage({ dir, commands: fakeRegistry.list() });
    expect(readZip(await readFile(pkg.zipFile)).get("color.png")!.toString()).toBe("custom");

    await buildAppPackage({ dir, commands: fakeRegistry.list(), redrawIcons: true });
    expect(readPng(await readFile(join(dir, "color.png"))).width).toBe(192);
  });

  it("builds the same bytes twice (reproducible package)", async () => {
    const a = await readFile((await buildAppPackage({ dir, commands: fakeRegistry.list(), appId: APP_ID })).zipFile);
    const b = await readFile((await buildAppPackage({ dir, commands: fakeRegistry.list(), appId: APP_ID })).zipFile);
    expect(a.equals(b)).toBe(true);
  });

  it("stores an entry uncompressed when deflate would not make it smaller", () => {
    const zip = createZip([{ name: "a.txt", data: Buffer.from("x") }]);
    expect(zip.readUInt16LE(8)).toBe(0);
    expect(readZip(zip).get("a.txt")!.toString()).toBe("x");
  });
});
