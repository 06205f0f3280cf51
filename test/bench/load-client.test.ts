/** The acknowledgement benchmark's load generator, against real local servers. */
import { afterEach, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sendWave } from "../../bench/load-client.js";

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<number> {
  server = createServer(handler);
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return (server.address() as AddressInfo).port;
}

describe("the load generator", () => {
  it("sends every request of a wave on its own warmed connection and reports each status in order", async () => {
    const seen: { method: string; url: string; body: string; signature?: string; socket: unknown }[] = [];
    const port = await serve((req, res) => {
      let body = "";
      req.on("data", (d) => (body += d));
      req.on("end", () => {
        seen.push({ method: req.method!, url: req.url!, body, signature: req.headers["x-slack-signature"] as string | undefined, socket: req.socket });
        // Content-Length for the first, chunked for the second, a body for the third.
        const i = Number(new URLSearchParams(body).get("i"));
        if (req.method === "GET") return res.end("");
        if (i === 1) {
          res.writeHead(201);
          res.write("part");
          return res.end("s");
        }
        res.writeHead(i === 2 ? 404 : 200, { "content-length": String(i === 2 ? 7 : 0) });
        res.end(i === 2 ? "missing" : "");
      });
    });
    const requests = [0, 1, 2].map((i) => ({ headers: { "content-type": "application/x-www-form-urlencoded", "x-slack-signature": `v0=${i}` }, body: `i=${i}&text=%E4%BC%9A%E8%AE%AE` }));
    const result = await sendWave({ host: "127.0.0.1", port, path: "/slack/events", warmPath: "/healthz", requests });
    expect(result.timings.map((t) => t.status)).toEqual([200, 201, 404]);
    expect(result.timings.every((t) => t.ms > 0)).toBe(true);
    const posts = seen.filter((s) => s.method === "POST");
    const warms = seen.filter((s) => s.method === "GET");
    expect(posts.map((p) => [p.url, p.body, p.signature]).sort()).toEqual(requests.map((r) => ["/slack/events", r.body, r.headers["x-slack-signature"]]).sort());
    expect(warms.map((w) => w.url)).toEqual(["/healthz", "/healthz", "/healthz"]);
    // Each POST came over a connection that had already served a warm-up request, none shared.
    expect(new Set(posts.map((p) => p.socket)).size).toBe(3);
    for (const p of posts) expect(warms.some((w) => w.socket === p.socket)).toBe(true);
  });

  it("reports status 0 for a request whose connection closes without an answer", async () => {
    const port = await serve((req, res) => {
      if (req.method === "GET") return res.end("");
      req.socket.destroy();
    });
    const result = await sendWave({ host: "127.0.0.1", port, path: "/", warmPath: "/", requests: [{ headers: {}, body: "x" }] });
    expect(result.timings.map((t) => t.status)).toEqual([0]);
  });
});
