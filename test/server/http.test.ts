/** The shared HTTP server's body reader, over real HTTP. */
import { afterEach, describe, expect, it } from "vitest";
import { request } from "node:http";
import { createHttpServer, readBody, type HttpServer } from "../../src/server/http.js";

let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server whose POST /echo answers the body it read (limit 1,000 bytes), or 413 with the error code. */
async function echoServer(): Promise<number> {
  server = createHttpServer([
    {
      method: "POST",
      path: "/echo",
      async handler(req, res) {
        try {
          const body = await readBody(req, 1000);
          res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
          res.end(body);
        } catch (err) {
          res.writeHead(413, { "content-type": "text/plain" });
          res.end((err as { code?: string }).code);
        }
      },
    },
  ]);
  return server.listen(0, "127.0.0.1");
}

/** POSTs `chunks` one write at a time, with a pause between them. */
function post(port: number, chunks: Buffer[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/echo", method: "POST" }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (d: Buffer) => parts.push(d));
      res.on("end", () => resolve({ status: res.statusCode!, body: Buffer.concat(parts).toString("utf8") }));
    });
    req.on("error", reject);
    (async () => {
      for (const c of chunks) {
        req.write(c);
        await new Promise((r) => setTimeout(r, 20));
      }
      req.end();
    })();
  });
}

describe("reading a request body", () => {
  it("reads a body sent in several pieces whole, with a character split between two pieces", async () => {
    const port = await echoServer();
    const text = Buffer.from("第十五次会议 agenda", "utf8");
    // "第" is three bytes: the first piece ends inside it.
    const res = await post(port, [text.subarray(0, 2), text.subarray(2, 9), text.subarray(9)]);
    expect(res).toEqual({ status: 200, body: "第十五次会议 agenda" });
  });

  it("refuses a body over the limit with the code body_too_large, and goes on serving", async () => {
    const port = await echoServer();
    const res = await post(port, [Buffer.alloc(600, "a"), Buffer.alloc(600, "b")]);
    expect(res).toEqual({ status: 413, body: "body_too_large" });
    expect(await post(port, [Buffer.from("next")])).toEqual({ status: 200, body: "next" });
  });
});
