/**
 * `tsx scripts/answers-doc.ts --snapshot FILE`: answers a fixed set of ten questions (five English,
 * five Chinese) over the bundled documents and writes, for each, what a person sees in the console
 * and the Slack Block Kit and Teams Adaptive Card payloads, as JSON.
 * `tsx scripts/answers-doc.ts --doc BEFORE.json > docs/answers.md` writes the page that sets a
 * snapshot taken earlier beside the answers of the current code.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { loadConfig } from "../src/core/config.js";
import { createAssistant } from "../src/app/create-assistant.js";
import { createLogger } from "../src/core/log.js";
import { renderForTerminal } from "../src/adapters/console/render.js";
import { renderReply as renderSlack } from "../src/adapters/slack/render.js";
import { renderReply as renderTeams } from "../src/adapters/teams/render.js";

/** The showcase: facts of each kind the assistant answers, and one question per language it cannot. */
const QUESTIONS = [
  "Where does the prevention working group hold its fifteenth meeting, and when?",
  "/agenda 15 2",
  "/resolution 10/3",
  "/recommendations 10",
  "Who will chair the sixteenth meeting of the Working Group on Prevention?",
  "实施情况审议组第十二届会议在哪里举行？",
  "/agenda 15",
  "/resolution 7/4",
  "/document CAC/COSP/WG.4/2024/2",
  "工作组第十五次会议通过了哪些建议？",
];

interface Shown {
  question: string;
  console: string;
  blockKit: unknown;
  adaptiveCard: unknown;
}

async function snapshot(): Promise<Shown[]> {
  const config = loadConfig(process.env, process.cwd());
  const assistant = await createAssistant({ config, logger: createLogger("error") });
  const out: Shown[] = [];
  for (const [i, question] of QUESTIONS.entries()) {
    const reply = await assistant.handle({ text: question, conversation: { platform: "cli", id: `showcase-${i}` } });
    out.push({
      question,
      console: renderForTerminal(reply),
      blockKit: renderSlack(reply).map((m) => ({ blocks: m.blocks })),
      adaptiveCard: renderTeams(reply).map((a) => a.attachments?.[0]?.content ?? a),
    });
  }
  assistant.close();
  return out;
}

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;

/** JSON with one block, card element or action per line: readable, and a tenth of the indented size. */
function compact(value: unknown): string {
  const lines = (items: unknown[], indent: string) => items.map((x) => indent + JSON.stringify(x)).join(",\n");
  const one = (v: unknown): string => {
    if (Array.isArray(v)) return `[\n${v.map((x) => `  ${one(x).replace(/\n/g, "\n  ")}`).join(",\n")}\n]`;
    if (v && typeof v === "object") {
      const entries = Object.entries(v).map(([k, x]) =>
        Array.isArray(x) && x.length && typeof x[0] === "object" ? `  ${JSON.stringify(k)}: [\n${lines(x, "    ")}\n  ]` : `  ${JSON.stringify(k)}: ${JSON.stringify(x)}`,
      );
      return `{\n${entries.join(",\n")}\n}`;
    }
    return JSON.stringify(v);
  };
  return one(value);
}

function page(before: Shown[], after: Shown[]): string {
  const parts = [
    "# Ten answers, before and after",
    "",
    "Each question as a person sees the answer in the console chat, then the Slack Block Kit and",
    "Teams Adaptive Card payloads (paste a `blocks` array into Slack's Block Kit Builder, a card into",
    "the Adaptive Cards Designer). *Before* is the answer layer's output before answers were",
    "presented with one line per document, trimmed quotes and a single passages menu; *after* is",
    "what the current code prints. Regenerate with",
    "`npx tsx scripts/answers-doc.ts --doc docs/answers-before.json > docs/answers.md`.",
    "",
  ];
  after.forEach((a, i) => {
    const b = before.find((x) => x.question === a.question);
    parts.push(`## ${i + 1}. ${a.question}`, "");
    if (b) parts.push("### Before", "", fence("text", b.console), "");
    parts.push("### After", "", fence("text", a.console), "");
    if (b) parts.push("<details><summary>Before: Block Kit and Adaptive Card</summary>", "", fence("json", compact(b.blockKit)), "", fence("json", compact(b.adaptiveCard)), "", "</details>", "");
    parts.push("<details><summary>After: Block Kit and Adaptive Card</summary>", "", fence("json", compact(a.blockKit)), "", fence("json", compact(a.adaptiveCard)), "", "</details>", "");
  });
  return parts.join("\n");
}

const args = process.argv.slice(2);
const after = await snapshot();
if (args[0] === "--snapshot" && args[1]) writeFileSync(args[1], JSON.stringify(after, null, 1) + "\n");
else if (args[0] === "--doc" && args[1]) process.stdout.write(page(JSON.parse(readFileSync(args[1], "utf8")) as Shown[], after));
else {
  process.stderr.write("Usage: tsx scripts/answers-doc.ts --snapshot FILE | --doc BEFORE.json\n");
  process.exit(2);
}
