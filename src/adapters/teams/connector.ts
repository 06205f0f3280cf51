/**
 * Connector clients (botbuilder's HTTP client for the Teams service) with two changes:
 * - the Azure pipeline's own retry policy is removed: it retries 429 and 5xx up to three times and
 *   honours any Retry-After without a limit, hidden from the caller. retry.ts owns retrying.
 * - every request gets a timeout, so a silent service cannot hold a turn or a digest forever.
 */
import type { ConnectorClient, ConnectorFactory } from "botframework-connector";

interface PipelineRequestLike {
  timeout: number;
}
interface PipelineLike {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: { name: string; sendRequest(request: PipelineRequestLike, next: (request: PipelineRequestLike) => Promise<unknown>): Promise<unknown> }): void;
  getOrderedPolicies(): { name: string }[];
}

const RETRY_POLICY = "defaultRetryPolicy";
const TIMEOUT_POLICY = "teamsRequestTimeout";

/** Applies the changes above to one client; safe to call twice. */
export function boundConnectorClient(client: ConnectorClient, requestTimeoutMs: number): ConnectorClient {
  const pipeline = (client as unknown as { client?: { pipeline?: PipelineLike } }).client?.pipeline;
  if (!pipeline) return client;
  pipeline.removePolicy({ name: RETRY_POLICY });
  if (!pipeline.getOrderedPolicies().some((p) => p.name === TIMEOUT_POLICY)) {
    pipeline.addPolicy({
      name: TIMEOUT_POLICY,
      sendRequest(request, next) {
        if (!request.timeout) request.timeout = requestTimeoutMs;
        return next(request);
      },
    });
  }
  return client;
}

/** Wraps a factory so that every client it creates is bounded. */
export function boundConnectorFactory(inner: ConnectorFactory, requestTimeoutMs: number): ConnectorFactory {
  return {
    async create(serviceUrl: string, audience?: string) {
      return boundConnectorClient(await inner.create(serviceUrl, audience), requestTimeoutMs);
    },
  };
}
