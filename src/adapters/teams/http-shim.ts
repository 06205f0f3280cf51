/**
 * The Agents SDK's CloudAdapter.process expects Express-like request and response objects; this
 * is the smallest stand-in over node's own, so the adapter runs on the shared HTTP server.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Request as AgentRequest, WebResponse } from "@microsoft/agents-hosting";

/** The request as the SDK reads it: method, headers, the parsed JSON body and the verified claims. */
export function toAgentRequest(req: IncomingMessage, body: Record<string, unknown>, user: AgentRequest["user"]): AgentRequest {
  return { method: req.method, headers: req.headers as AgentRequest["headers"], body, user };
}

/** A response with Express's status/setHeader/send/end, writing to node's ServerResponse. */
export function toWebResponse(res: ServerResponse): WebResponse {
  let status = 200;
  let payload: string | undefined;
  const headers: Record<string, string> = {};
  return {
    get headersSent() {
      return res.headersSent;
    },
    get writableEnded() {
      return res.writableEnded;
    },
    status(code: number) {
      status = code;
      return this;
    },
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = value;
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
