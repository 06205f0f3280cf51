/**
 * Test helpers: a local fake of the Bot Framework connector service (captures what the bot
 * sends, answers with chosen statuses), a running adapter on 127.0.0.1, and recorded Teams
 * activity shapes.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import type { Assistant } from "../../../src/core/assistant.js";
import type { Citation, ConversationRef, Reply, Request } from "../../../src/core/types.js";
import { createHttpServer } from "../../../src/server/http.js";
import { createTeamsAdapter, type TeamsAdapter, type TeamsAdapterConfig } from "../../../src/adapters/teams/index.js";

const here = dirname(fileURLToPath(import.meta.url));

/** A recorded Teams activity from fixtures/, as a fresh object. */
export function fixture(name: string): any {
  return JSON.parse(readFileSync(join(here, "fixtures", `${name}.json`), "utf8"));
}

export interface CapturedCall {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: any;
}

export interface CaptureServer {
  url: string;
  calls: CapturedCall[];
  /** Decides the response to each call (sent after `delayMs`, when given); default 200 with a resource id. */
  respond: (call: CapturedCall, index: number) => { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number };
  /** Resolves once at least n calls arrived (bounded). */
  waitFor(n: number, ms?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the fake connector service on 127.0.0.1 with an ephemeral port. */
export async function startCapture(): Promise<CaptureServer> {
  const calls: CapturedCall[] = [];
  let server: Server;
  const capture: CaptureServer = {
    url: "",
    calls,
    respond: () => ({ status: 200, body: { id: `sent-${calls.length}` } }),
    async waitFor(n, ms = 5000) {
      const until = Date.now() + ms;
      while (calls.length < n) {
        if (Date.now() > until) throw new Error(`expected ${n} calls to the connector, got ${calls.length}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const call: CapturedCall = { method: req.method ?? "", path: decodeURIComponent(req.url ?? ""), headers: req.headers, body: text ? JSON.parse(text) : undefined };
      calls.push(call);
      const out = capture.respond(call, calls.length - 1);
      const answer = () => {
        // The bot may have stopped waiting: the answer then goes nowhere.
        if (res.destroyed) return;
        res.writeHead(out.status, { "content-type": "application/json", ...out.headers });
        res.end(out.body === undefined ? "" : JSON.stringify(out.body));
      };
      if (out.delayMs) setTimeout(answer, out.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  capture.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return capture;
}

export interface RunningBot {
  url: string;
  adapter: TeamsAdapter;
  close(): Promise<void>;
}

/** Starts the adapter on the shared HTTP server, on 127.0.0.1 with an ephemeral port. */
export async function startBot(config: TeamsAdapterConfig): Promise<RunningBot> {
  const adapter = createTeamsAdapter(config);
  const http = createHttpServer(adapter.routes);
  const port = await http.listen(0, "127.0.0.1");
  return { url: `http://127.0.0.1:${port}`, adapter, close: () => http.close() };
}

/** POSTs an activity to /api/messages, bounded in time. */
export async function postActivity(botUrl: string, activity: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(`${botUrl}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof activity === "string" ? activity : JSON.stringify(activity),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, text: await res.text() };
}

export const sampleCitation: Citation = {
  document: "CAC/COSP/WG.4/2024/1",
  file: "wg4-2024-1.txt",
  paragraph: "27",
  quote: "The Working Group on the Prevention of Corruption will hold its fifteenth meeting in Vienna from 4 to 6 September 2024.",
  passageId: "wg4-2024-1#p27",
};

/** A fake assistant for unit-level tests: records requests and answers from a table. */
export function fakeAssistant(answer: (r: Request) => Reply = defaultAnswer): Assistant & { requests: Request[]; votes: { conversation: ConversationRef; user?: string; ref: string; vote: string }[]; reasons: { voteId: string; reason: string }[] } {
  const requests: Request[] = [];
  const votes: { conversation: ConversationRef; user?: string; ref: string; vote: string }[] = [];
  const reasons: { voteId: string; reason: string }[] = [];
  return {
    requests,
    votes,
    reasons,
    async handle(r) {
      requests.push(r);
      return answer(r);
    },
    passage: (id) => (id === sampleCitation.passageId ? sampleCitation : undefined),
    async feedback(conversation, user, ref, vote) {
      votes.push({ conversation, user, ref, vote });
      return `vote-${votes.length}`;
    },
    async feedbackReason(voteId, reason) {
      reasons.push({ voteId, reason });
    },
    commands: () => [],
    languageOf: (t) => (/[\u4e00-\u9fff]/.test(t) ? "zh" : "en"),
    library: () => ({ documents: 0, bodies: [] }),
    documentInfo: () => undefined,
  };
}

function defaultAnswer(r: Request): Reply {
  if (r.text === "help") return { kind: "help", answered: true, text: "**Commands**\n• agenda <meeting> — the agenda", citations: [], lang: "en" };
  return { kind: "answer", answered: true, text: `**Answer** to: ${r.text} [1]`, citations: [sampleCitation], lang: "en" };
}

/** The Adaptive Card of a captured reply. */
export function cardOf(call: CapturedCall): any {
  const attachment = call.body?.attachments?.[0];
  if (attachment?.contentType !== "application/vnd.microsoft.card.adaptive") throw new Error(`not an Adaptive Card reply: ${JSON.stringify(call.body).slice(0, 300)}`);
  return attachment.content;
}

/** All TextBlock texts of a card, in order (nested containers included). */
export function textsOf(card: any): string[] {
  const out: string[] = [];
  const walk = (el: any) => {
    if (!el || typeof el !== "object") return;
    if (el.type === "TextBlock") out.push(el.text);
    for (const key of ["body", "items", "columns"]) if (Array.isArray(el[key])) el[key].forEach(walk);
  };
  walk(card);
  return out;
}

/** Every action of a card, from action sets and the card's own actions. */
export function actionsOf(card: any): any[] {
  const out: any[] = [];
  for (const el of card.body ?? []) if (el.type === "ActionSet") out.push(...el.actions);
  out.push(...(card.actions ?? []));
  return out;
}
