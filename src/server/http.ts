/**
 * One HTTP server for everything served on PORT: adapters mount routes, the server only
 * dispatches by method and path. Unknown paths get 404, thrown handlers 500 (logged).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../core/log.js";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface Route {
  method: "GET" | "POST";
  /** Exact path, e.g. "/slack/events". */
  path: string;
  handler: RouteHandler;
}

export interface HttpServer {
  readonly server: Server;
  /** Resolves with the bound port (useful with port 0 in tests). */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Creates the server; routes are matched exactly on method and path (query string ignored). */
export function createHttpServer(routes: Route[], logger?: Logger): HttpServer {
  const seen = new Set<string>();
  for (const r of routes) {
    const k = `${r.method} ${r.path}`;
    if (seen.has(k)) throw new Error(`Duplicate route ${k}`);
    seen.add(k);
  }
  const server = createServer(async (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const route = routes.find((r) => r.path === path && r.method === req.method);
    if (!route) {
      const allowed = routes.filter((r) => r.path === path).map((r) => r.method);
      res.writeHead(allowed.length ? 405 : 404, { "content-type": "application/json", ...(allowed.length ? { allow: allowed.join(", ") } : {}) });
      res.end(JSON.stringify({ error: allowed.length ? "method_not_allowed" : "not_found", path }));
      return;
    }
    try {
      await route.handler(req, res);
    } catch (err) {
      logger?.error("http handler failed", { path, error: err instanceof Error ? err.message : String(err) });
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      if (!res.writableEnded) res.end(JSON.stringify({ error: "internal_error" }));
    }
  });
  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      });
    },
  };
}

/** Bodies already read by a guard in front of a route (see setBody). */
const preread = new WeakMap<IncomingMessage, string>();

/** Hands a body read (and possibly rewritten) by a guard to the route behind it. */
export function setBody(req: IncomingMessage, body: string): void {
  preread.set(req, body);
}

/**
 * Reads a request body as a string (adapters that do not use their library's reader). Reads with
 * plain 'data' events: an async iterator over the request costs several times more CPU per
 * request, and this sits on the path of every acknowledgement.
 * @throws an error with code "body_too_large" past `limitBytes` (the rest is left unread).
 */
export function readBody(req: IncomingMessage, limitBytes = 1_000_000): Promise<string> {
  const given = preread.get(req);
  if (given !== undefined) return Promise.resolve(given);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("close", onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limitBytes) return void chunks.push(chunk);
      done();
      req.pause();
      reject(Object.assign(new Error("request body too large"), { code: "body_too_large" }));
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks, size).toString("utf8"));
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    // Closed before its end: the client went away mid-body.
    const onClose = () => {
      done();
      reject(Object.assign(new Error("request closed before its body ended"), { code: "aborted" }));
    };
    req.on("data", onData);
    req.once("end", onEnd);
    req.once("error", onError);
    req.once("close", onClose);
  });
}
