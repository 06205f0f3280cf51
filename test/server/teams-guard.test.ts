/**
 * The guard in front of /api/messages over real HTTP: what reaches the Teams adapter behind it,
 * and what is refused with which code.
 */
import { networkInterfaces } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { createHttpServer, readBody, type HttpServer } from "../../src/server/http.js";
import { guardTeamsRoute, isMicrosoftServiceUrl, TEAMS_TEXT_LIMIT, type TeamsGuardConfig } from "../../src/server/teams-guard.js";
import { recordingLogger } from "../store/fixtures/helpers.js";

/** An address of this machine that is not loopback, if it has one. */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === "IPv4" && !a.internal)?.address;

let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The guard over a route that records the bodies it gets. */
async function guarded(config: Omit<TeamsGuardConfig, "logger">, logger = recordingLogger()) {
  const received: Record<string, unknown>[] = [];
  const route = guardTeamsRoute(
    {
      method: "POST",
      path: "/api/messages",
      async handler(req, res) {
        received.push(JSON.parse(await readBody(req)));
        res.writeHead(200);
        res.end();
      },
    },
    { ...config, logger },
  );
  server = createHttpServer([route]);
  const port = await server.listen(0, "0.0.0.0");
  const post = async (activity: unknown, host = "127.0.0.1") => {
    const res = await fetch(`http://${host}:${port}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
    return { status: res.status, body: await res.text() };
  };
  return { received, post, logger };
}

const activity = (conversation: string, over: Record<string, unknown> = {}) => ({
  type: "message",
  text: "agenda 15",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
  conversation: { id: conversation },
  from: { id: "29:user" },
  ...over,
});

describe("the Teams endpoint's safe defaults", () => {
  it.skipIf(!lanAddress)("without credentials, refuses callers from another machine with 403 loopback_only", async () => {
    const bot = await guarded({ authenticated: false });
    const res = await bot.post(activity("a:1"), lanAddress);
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error).toBe("loopback_only");
    expect(bot.received).toEqual([]);
    expect((await bot.post(activity("a:1"))).status).toBe(200);
  });

  it.skipIf(!lanAddress)("with TEAMS_ALLOW_UNAUTHENTICATED=1, answers every caller and logs a warning", async () => {
    const bot = await guarded({ authenticated: false, allowUnauthenticated: true });
    expect((await bot.post(activity("a:1"), lanAddress)).status).toBe(200);
    expect(bot.logger.events.some((e) => e.level === "warn" && /TEAMS_ALLOW_UNAUTHENTICATED/.test(e.msg))).toBe(true);
  });

  it("with credentials, forwards only activities whose serviceUrl is a Microsoft service address", async () => {
    const bot = await guarded({ authenticated: true });
    for (const serviceUrl of ["http://127.0.0.1:9/", "https://evil.example/", "https://smba.trafficmanager.net.evil.example/", "not a url", undefined]) {
      const res = await bot.post(activity("a:1", { serviceUrl }));
      expect(res.status, String(serviceUrl)).toBe(403);
      expect(JSON.parse(res.body).error).toBe("service_url_not_allowed");
    }
    expect(bot.received).toEqual([]);
    expect((await bot.post(activity("a:1"))).status).toBe(200);
    expect(isMicrosoftServiceUrl("https://smba.infra.gcc.teams.microsoft.com/")).toBe(true);
  });

  it("lets one unauthenticated caller start at most the capped number of conversations (each would be stored)", async () => {
    const bot = await guarded({ authenticated: false, maxConversationsPerCaller: 5 });
    for (let i = 0; i < 5; i++) expect((await bot.post(activity(`a:${i}`))).status).toBe(200);
    const res = await bot.post(activity("a:new"));
    expect(res.status).toBe(429);
    expect(JSON.parse(res.body).error).toBe("too_many_conversations");
    // Conversations already open go on.
    expect((await bot.post(activity("a:2"))).status).toBe(200);
    expect(bot.received).toHaveLength(6);
  });

  it("cuts message text to Teams' limit before the adapter sees it, and refuses bodies that are not activities", async () => {
    const bot = await guarded({ authenticated: false });
    await bot.post(activity("a:long", { text: "y".repeat(100_000) }));
    expect((bot.received[0].text as string).length).toBe(TEAMS_TEXT_LIMIT);
    for (const body of [null, [], "text"]) {
      const res = await bot.post(body);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body).error).toBe("activity_expected");
    }
  });
});
