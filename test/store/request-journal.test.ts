/** The lowdb store's request journal, on real files. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { openRequestJournal, readRequestJournal } from "../../src/store/request-journal.js";
import { tempDir } from "./fixtures/helpers.js";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => cleanup());

const claim = (key: string) => ({ key, claimedAt: "2024-09-02T06:00:00.000Z", expiresAt: "2024-09-02T07:00:00.000Z", payload: { text: key } });
const keys = async (file: string) => (await readRequestJournal(file)).entries.map((e) => e.key).sort();

describe("the request journal", () => {
  it("keeps claims appended after a rotation when the write that rotated earlier ends late", async () => {
    const file = join(dir, "db.json");
    const journal = await openRequestJournal(file);
    journal.append(claim("a"));
    const first = journal.rotate();
    await first.written();
    journal.append(claim("b"));
    // A second write sets "b" aside; the first write's completion, reported again late, must not delete it.
    const second = journal.rotate();
    await first.written();
    expect(await keys(file)).toEqual(["b"]);
    await second.written();
    expect(await keys(file)).toEqual([]);
    journal.close();
  });

  it("keeps a set-aside journal after a failed write, until a later write succeeds", async () => {
    const file = join(dir, "db.json");
    const journal = await openRequestJournal(file);
    journal.append(claim("a"));
    journal.rotate(); // that write fails: written() is never called
    journal.append(claim("b"));
    expect(await keys(file)).toEqual(["a", "b"]);
    const next = journal.rotate();
    await next.written();
    // The later write held "a" and "b": the set-aside one goes; "b" stays in the active one until its own rotation.
    expect(await keys(file)).toEqual(["b"]);
    journal.close();
  });
});
