/**
 * The floor of the acknowledgement benchmark: an HTTP server, in its own process like the app,
 * that reads each request's body and answers 200 with nothing. Under the same client at the same
 * moment, its latency is what the machine and the load generator cost by themselves.
 * It prints its port on stdout.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("");
  });
});
server.keepAliveTimeout = 120_000;
server.listen(0, "127.0.0.1", () => process.stdout.write(`${(server.address() as AddressInfo).port}\n`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
