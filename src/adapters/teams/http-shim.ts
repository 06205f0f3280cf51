/**
 * botbuilder's CloudAdapter.process expects Express/Restify request and response objects; this
 * is the smallest stand-in over node's own, so the adapter runs on the shared HTTP server.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Request as BotRequest, Response as BotResponse } from "botbuilder";

/** The request as botbuilder reads it: method, headers and the already parsed JSON body. */
export function toBotRequest(req: IncomingMessage, body: Record<string, unknown>): BotRequest {
  return { method: req.method, headers: req.headers as BotRequest["headers"], body };
}

/** A response with Express's status/header/send/end, writing to node's ServerResponse. */
export function toBotResponse(res: ServerResponse): BotResponse {
  let status = 200;
  let payload: string | undefined;
  const headers: Record<string, string> = {};
  return {
    socket: res.socket,
    status(code: number) {
      status = code;
      return this;
    },
    header(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
      return this;
    },
    send(body?: unknown) {
      if (body === undefined || body === null) return this;
      if (typeof body === "string" || Buffer.isBuffer(body)) {
        payload = body.toString();
        headers["content-type"] ??= "text/plain; charset=utf-8";
      } else {
        payload = JSON.stringify(body);
        headers["content-type"] ??= "application/json; charset=utf-8";
      }
      return this;
    },
    end() {
      if (res.writableEnded) return this;
      res.writeHead(status, headers);
      res.end(payload);
      return this;
    },
  };
}
