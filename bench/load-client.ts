/**
 * The load generator of the acknowledgement benchmark, in its own process so that its work
 * competes neither with the app's event loop nor with the fake Slack servers of the bench.
 *
 * It has to cost far less than what it measures. An HTTP client library does not: undici's Pool,
 * with one warmed connection per request, spent 75–115 ms of CPU to send 200 requests and read
 * their answers, and a do-nothing server measured through it 50–86 ms at p50. So the requests
 * arrive ready-made (bodies signed beforehand by the bench), are turned into the bytes of an
 * HTTP/1.1 request once, before the wave, and each is written with one call on its own
 * keep-alive socket, connected and warmed by a first request beforehand so connecting is not
 * timed. Each request is timed from that write until its whole response has been read. The
 * responses are only read as far as the benchmark needs: status, then a Content-Length body or a
 * chunked one.
 */
import { connect, type Socket } from "node:net";

/** One request of a wave, as the bench built and signed it. */
export interface WaveRequest {
  headers: Record<string, string>;
  body: string;
}

/** A wave to send: host and port, the path, the requests, and a path to warm the connections with (GET). */
export interface Wave {
  host: string;
  port: number;
  path: string;
  warmPath: string;
  requests: WaveRequest[];
}

/** What came back for one request: milliseconds from its write to its whole response, and the status (0: no response). */
export interface WaveTiming {
  ms: number;
  status: number;
}

/** What the client reports back for a wave. */
export interface WaveResult {
  timings: WaveTiming[];
  /** CPU time (user + system) this client spent sending the wave and reading the answers. */
  clientCpuMs: number;
}

const TIMEOUT_MS = 30_000;

/** The bytes of an HTTP/1.1 request. */
export function requestBytes(method: string, host: string, path: string, headers: Record<string, string>, body = ""): Buffer {
  const payload = Buffer.from(body, "utf8");
  const lines = [`${method} ${path} HTTP/1.1`, `host: ${host}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  if (method !== "GET") lines.push(`content-length: ${payload.length}`);
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), payload]);
}

/**
 * Resolves with the status of the next complete response on `socket` (0 when the socket closes,
 * fails or times out first).
 */
export function nextResponse(socket: Socket): Promise<number> {
  return new Promise((resolve) => {
    let text = "";
    const done = (status: number) => {
      clearTimeout(timer);
      socket.off("data", onData);
      socket.off("close", onClose);
      socket.off("error", onClose);
      resolve(status);
    };
    const onClose = () => done(0);
    const onData = (chunk: Buffer) => {
      text += chunk.toString("latin1");
      const end = text.indexOf("\r\n\r\n");
      if (end < 0) return;
      const head = text.slice(0, end);
      const body = text.length - end - 4;
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      const complete = length ? body >= Number(length[1]) : /\r\ntransfer-encoding:\s*chunked/i.test(head) ? text.endsWith("\r\n0\r\n\r\n") : true;
      if (complete) done(Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0));
    };
    const timer = setTimeout(() => done(0), TIMEOUT_MS);
    socket.on("data", onData);
    socket.once("close", onClose);
    socket.once("error", onClose);
  });
}

function open(host: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port, noDelay: true });
    socket.once("connect", () => resolve(socket));
    socket.once("error", reject);
  });
}

/** Sends one wave, each request on its own warmed connection, and times each. */
export async function sendWave(wave: Wave): Promise<WaveResult> {
  const hostHeader = `${wave.host}:${wave.port}`;
  const sockets = await Promise.all(wave.requests.map(() => open(wave.host, wave.port)));
  try {
    // Warm: the server accepts every connection and serves one request on it before the wave.
    const warm = requestBytes("GET", hostHeader, wave.warmPath, {});
    const warmed = await Promise.all(
      sockets.map((s) => {
        const response = nextResponse(s);
        s.write(warm);
        return response;
      }),
    );
    if (warmed.some((status) => status === 0)) throw new Error(`a warm-up request to ${wave.warmPath} got no response`);
    const bytes = wave.requests.map((r) => requestBytes("POST", hostHeader, wave.path, r.headers, r.body));
    await new Promise((r) => setTimeout(r, 200));
    const cpu = process.cpuUsage();
    const timings = await Promise.all(
      sockets.map(async (socket, i) => {
        const response = nextResponse(socket);
        const t = performance.now();
        socket.write(bytes[i]);
        const status = await response;
        return { ms: performance.now() - t, status };
      }),
    );
    const used = process.cpuUsage(cpu);
    return { timings, clientCpuMs: (used.user + used.system) / 1000 };
  } finally {
    for (const s of sockets) s.destroy();
  }
}

// Run as a child process: each message is a wave, answered with its result.
if (process.send) {
  process.on("message", (wave: Wave) => {
    sendWave(wave).then(
      (result) => process.send!({ ok: true, result }),
      (err: Error) => process.send!({ ok: false, error: err.stack ?? err.message }),
    );
  });
  process.send({ ready: true });
}
