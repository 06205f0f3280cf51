/**
 * With MICROSOFT_APP_ID set every request must carry a valid Bot Framework token. The OpenID
 * metadata (signing keys) is served by a local fake, so nothing here reaches the internet.
 */
import { sign, type KeyObject } from "node:crypto";
import { testKeyPair } from "../../fixtures/rsa-keys.js";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { precheckAuthorization } from "../../../src/adapters/teams/auth.js";
import { fakeAssistant, fixture, postActivity, startBot, startCapture, type CaptureServer, type RunningBot } from "./helpers.js";

const APP_ID = "0f7b3c1e-5d2a-4e8f-9b6c-1a2d3e4f5a6b";
const teams = { appId: APP_ID, appPassword: "not-used-in-these-tests", appType: "MultiTenant" };
const CHANNEL_ISSUER = "https://api.botframework.com";

function jwt(header: object, payload: object, key: KeyObject): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const data = `${enc(header)}.${enc(payload)}`;
  return `${data}.${sign("sha256", Buffer.from(data), key).toString("base64url")}`;
}

interface MetadataServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** Serves an OpenID configuration and its JWKS publishing `publicKey` as kid "key-1"; or never answers. */
async function startMetadata(publicKey: KeyObject, mode: "serve" | "hang" = "serve"): Promise<MetadataServer> {
  const requests: string[] = [];
  let base = "";
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? "");
    if (mode === "hang") return;
    res.writeHead(200, { "content-type": "application/json" });
    if (req.url === "/keys") res.end(JSON.stringify({ keys: [{ ...publicKey.export({ format: "jwk" }), kid: "key-1", use: "sig", kty: "RSA" }] }));
    else res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ["RS256"] }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/.well-known/openidconfiguration`,
    requests,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}

describe("precheckAuthorization", () => {
  const key = testKeyPair("token").privateKey;
  const now = Date.parse("2024-09-05T08:00:00Z");
  const valid = jwt({ alg: "RS256", kid: "k" }, { iss: CHANNEL_ISSUER, exp: now / 1000 + 3600 }, key);

  it.each([
    ["", "no Authorization header"],
    ["Basic dXNlcjpwYXNz", "Authorization is not a Bearer JSON Web Token"],
    ["Bearer not-a-jwt", "Authorization is not a Bearer JSON Web Token"],
    ["Bearer eyJhbGciOiJIUzI1NiJ9.Z2FyYmFnZQ.c2ln", "token header or payload is not JSON"],
    [`Bearer ${jwt({ alg: "none" }, { iss: CHANNEL_ISSUER }, key)}`, "token signing algorithm none is not accepted"],
    [`Bearer ${jwt({ alg: "HS256" }, { iss: CHANNEL_ISSUER }, key)}`, "token signing algorithm HS256 is not accepted"],
    [`Bearer ${jwt({ alg: "RS256" }, { aud: APP_ID }, key)}`, "token has no issuer"],
    [`Bearer ${jwt({ alg: "RS256" }, { iss: CHANNEL_ISSUER, exp: now / 1000 - 3600 }, key)}`, "token has expired"],
  ])("refuses %j because: %s", (header, reason) => {
    expect(precheckAuthorization(header, now)).toBe(reason);
  });

  it("lets a well-formed RS256 token through to signature verification", () => {
    expect(precheckAuthorization(`Bearer ${valid}`, now)).toBeUndefined();
  });
});

describe("Teams adapter with an app id (authenticated)", () => {
  const channelKeys = testKeyPair("channel");
  const forgerKeys = testKeyPair("forger");
  let capture: CaptureServer;
  let metadata: MetadataServer;
  let bot: RunningBot | undefined;

  beforeEach(async () => {
    capture = await startCapture();
  });
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
    await metadata?.close();
    await capture.close();
  });

  async function start(mode: "serve" | "hang" = "serve", verifyTimeoutMs?: number) {
    metadata = await startMetadata(channelKeys.publicKey, mode);
    const assistant = fakeAssistant();
    bot = await startBot({ assistant, teams, authEndpoints: { channelOpenIdMetadataUrl: metadata.url, emulatorOpenIdMetadataUrl: metadata.url }, verifyTimeoutMs });
    return assistant;
  }

  const claims = () => ({ iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: capture.url, nbf: Math.floor(Date.now() / 1000) - 60, exp: Math.floor(Date.now() / 1000) + 3600 });

  it("refuses an activity without a token with 401", async () => {
    const assistant = await start();
    const res = await postActivity(bot!.url, { ...fixture("personal-message"), serviceUrl: capture.url });
    expect(res.status).toBe(401);
    expect(assistant.requests).toHaveLength(0);
    expect(capture.calls).toHaveLength(0);
  });

  it("refuses a garbage bearer token with 401 before fetching any signing key", async () => {
    const assistant = await start();
    const res = await postActivity(bot!.url, { ...fixture("personal-message"), serviceUrl: capture.url }, { authorization: "Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOi.garbage" });
    expect(res.status).toBe(401);
    expect(metadata.requests).toEqual([]);
    expect(assistant.requests).toHaveLength(0);
  });

  it("refuses a well-formed token signed with a key the channel never published (forged) with 401", async () => {
    const assistant = await start();
    const forged = jwt({ alg: "RS256", typ: "JWT", kid: "key-1" }, claims(), forgerKeys.privateKey);
    const res = await postActivity(bot!.url, { ...fixture("personal-message"), serviceUrl: capture.url }, { authorization: `Bearer ${forged}` });
    expect(res.status).toBe(401);
    expect(metadata.requests.length).toBeGreaterThan(0);
    expect(assistant.requests).toHaveLength(0);
    expect(capture.calls).toHaveLength(0);
  });

  it("refuses with 401, and does not hang, when the signing keys cannot be fetched", async () => {
    const assistant = await start("hang", 300);
    const token = jwt({ alg: "RS256", typ: "JWT", kid: "key-1" }, claims(), channelKeys.privateKey);
    const res = await postActivity(bot!.url, { ...fixture("personal-message"), serviceUrl: capture.url }, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
    expect(assistant.requests).toHaveLength(0);
  });

  it("refuses a genuine token issued for another bot (audience) with 401", async () => {
    const assistant = await start();
    const token = jwt({ alg: "RS256", typ: "JWT", kid: "key-1" }, { ...claims(), aud: "another-bot" }, channelKeys.privateKey);
    const res = await postActivity(bot!.url, { ...fixture("personal-message"), serviceUrl: capture.url }, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
    expect(assistant.requests).toHaveLength(0);
  });

  it("refuses a genuine token whose service URL is not the one the activity asks replies to go to", async () => {
    const assistant = await start();
    const token = jwt({ alg: "RS256", typ: "JWT", kid: "key-1" }, { ...claims(), serviceurl: "https://smba.trafficmanager.net/emea/" }, channelKeys.privateKey);
    const res = await postActivity(bot!.url, { ...fixture("personal-message"), serviceUrl: capture.url }, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(400);
    expect(assistant.requests).toHaveLength(0);
    expect(capture.calls).toHaveLength(0);
  });

  it("accepts a token signed with the channel's published key", async () => {
    await start();
    const token = jwt({ alg: "RS256", typ: "JWT", kid: "key-1" }, claims(), channelKeys.privateKey);
    // A member other than the bot joining: the bot accepts the activity and sends nothing back,
    // so no outgoing token (which would need login.microsoftonline.com) is requested.
    const activity = { ...fixture("bot-added-to-team"), membersAdded: [{ id: "29:someone-else" }], serviceUrl: capture.url };
    const res = await postActivity(bot!.url, activity, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
  });
});
