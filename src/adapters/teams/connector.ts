/**
 * The Agents SDK's CloudAdapter with two changes to its connector clients (its HTTP client for
 * the Teams service):
 * - the bot's own token is fetched when the first call is made, not when a turn starts: a turn
 *   that sends nothing (someone else joining a team) needs no token, and a token service that
 *   is down fails the call, where retry.ts and errors.ts handle it, instead of the whole turn;
 * - every request gets a timeout, so a silent service cannot hold a turn or a digest forever.
 * The SDK's client does not retry; retry.ts owns retrying (and sends nothing twice). Errors of a turn go back to the caller.
 */
import type { Activity } from "@microsoft/agents-activity";
import { CloudAdapter, ConnectorClient, type AuthConfiguration, type HeaderPropagationCollection, type HttpRequestConfig } from "@microsoft/agents-hosting";
import type { JWTPayload } from "jose";
import { RequestNotSent } from "./errors.js";

/** Scope of tokens for the Bot Framework connector service. */
const CONNECTOR_SCOPE = "https://api.botframework.com";

export class TeamsCloudAdapter extends CloudAdapter {
  constructor(
    auth: AuthConfiguration,
    private readonly requestTimeoutMs: number,
  ) {
    // validateServiceUrl: a token issued for one service URL cannot make the bot post to another.
    super(auth, undefined, undefined, { validateServiceUrl: true, emitStackTrace: false });
    // The SDK's default tells the person "The agent encountered an error or bug"; here the turn
    // logic answers failures itself and a proactive post reports them to its caller.
    this.onTurnError = async (_context, error) => {
      throw error;
    };
  }

  protected override async createConnectorClientWithIdentity(identity: JWTPayload & { azp?: string; appid?: string }, activity: Activity, headers?: HeaderPropagationCollection): Promise<ConnectorClient> {
    const client = ConnectorClient.createClientWithToken(activity.serviceUrl!, "", headers);
    const http = client.httpClient;
    const send = http.request.bind(http);
    let authorized = !identity?.aud; // anonymous (unauthenticated bot): no token at all
    http.request = (async (config: HttpRequestConfig) => {
      if (!authorized) {
        let token: string;
        try {
          const provider = this.connectionManager.getTokenProviderFromActivity(identity as Parameters<CloudAdapter["continueConversation"]>[0] & object, activity);
          token = await provider.getAccessToken(identity.azp ?? identity.appid ?? CONNECTOR_SCOPE);
        } catch (err) {
          // Nothing reached the Teams service: the call may be made again without sending twice.
          throw new RequestNotSent(`Teams token not obtained: ${(err as Error)?.message ?? String(err)}`, { cause: err });
        }
        http.setHeader("authorization", `Bearer ${token}`);
        authorized = true;
      }
      return send({ ...config, timeout: config.timeout ?? this.requestTimeoutMs });
    }) as typeof http.request;
    return client;
  }
}
