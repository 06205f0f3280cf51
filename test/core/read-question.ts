/**
 * A question read as the answer layer reads it, with the project's glossary, on Sunday 1 September
 * 2024 at 10:00 in Vienna: for tests of what `understand` makes of a wording.
 */
import { join } from "node:path";
import { understand, type Question } from "../../src/answer/understand.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { repoRoot } from "./test-assistant.js";

export const projectGlossary = loadGlossary(join(repoRoot, "data", "terms"));

/** `text` understood at the tests' clock and zone. */
export const readQuestion = (text: string): Question => understand(text, projectGlossary, { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" });
