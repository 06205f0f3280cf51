/**
 * App Home, shortcuts and link previews over Bolt's real HTTP receiver with signed requests
 * shaped as Slack sends them, a real lowdb file and a local fake Web API.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/core/log.js";
import { symbolOfLink } from "../../../src/adapters/slack/unfurl.js";
import { createStore, type LowdbStore } from "../../../src/store/index.js";
import { createFakeAssistant, type FakeAssistant } from "./fake-assistant.js";
import { startSlackApp, type RunningSlackApp } from "./running-app.js";
import { BOT_USER_ID, buttonClickBody, eventBody, feedbackButtonsClickBody, interaction, SLACK_TEAM as TEAM, SLACK_USER as USER, startFakeSlackApi, TEAM_ID, viewSubmission, waitFor, type FakeSlackApi } from "./fake-slack.js";

const FORM = "application/x-www-form-urlencoded";
describe("Slack App Home, shortcuts, link previews and feedback reasons", () => {
  let dir: string;
  let api: FakeSlackApi;
  let assistant: FakeAssistant;
  let store: LowdbStore;
  let app: RunningSlackApp;
  let n = 0;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "slack-home-"));
    api = await startFakeSlackApi();
    assistant = createFakeAssistant();
    store = await createStore({ file: join(dir, "db.json"), logger: silentLogger });
    await store.subscribe({ conversation: { platform: "slack", id: "C0PREVENT", team: TEAM_ID }, body: "wg-prevention", time: "08:30", timeZone: "Europe/Vienna", daysBefore: 3 });
    await store.subscribe({ conversation: { platform: "slack", id: "C0ELSEWHERE", team: "T0OTHER" }, body: "irg", time: "09:00", timeZone: "UTC", daysBefore: 0 });
    app = await startSlackApp(api.url, { assistant, store });
  });
  afterAll(async () => {
    await app.stop();
    await store.close();
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  const send = (body: string, type?: string) => app.send(body, type);
  const homeText = (call: { params: Record<string, unknown> }) => JSON.stringify((call.params.view as { blocks: unknown[] }).blocks);

  it("publishes the Home tab with what it is, examples, this workspace's digests and the documents, and welcomes a first visit", async () => {
    await send(eventBody(`Ev-home-${++n}`, { type: "app_home_opened", user: "U0000001", channel: "D0000001", tab: "home", event_ts: "1700002000.000100" }));

    const [publish] = await waitFor(() => api.callsTo("views.publish").length > 0 && api.callsTo("views.publish"), "views.publish");
    expect(publish.params.user_id).toBe("U0000001");
    const text = homeText(publish);
    expect(text).toContain("Welcome!");
    expect(text).toContain("• `/agenda &lt;meeting&gt; [item]`");
    expect(text).toContain("<#C0PREVENT> — wg-prevention, 08:30 Europe/Vienna, from 3 days before a session");
    expect(text).not.toContain("C0ELSEWHERE");
    expect(text).toContain("*12* documents indexed.");
    expect(text).toContain("Newest: Provisional agenda and annotations (CAC/COSP/WG.4/2024/1), 2024-06-13");
    expect(text).toContain("• Working Group on the Prevention of Corruption: 7");
    const [welcome] = await waitFor(() => api.callsTo("chat.postMessage").filter((c) => c.params.channel === "U0000001").length > 0 && api.callsTo("chat.postMessage").filter((c) => c.params.channel === "U0000001"), "the welcome DM");
    expect(String(welcome.params.text)).toContain("Welcome!");
  });

  it("does not welcome again on a later visit", async () => {
    const dmsBefore = api.callsTo("chat.postMessage").filter((c) => c.params.channel === "U0000001").length;
    const publishesBefore = api.callsTo("views.publish").length;
    await send(eventBody(`Ev-home-${++n}`, { type: "app_home_opened", user: "U0000001", channel: "D0000001", tab: "home", event_ts: "1700002001.000100", view: { id: "V1", type: "home", blocks: [] } }));

    const publish = await waitFor(() => api.callsTo("views.publish").length > publishesBefore && api.callsTo("views.publish").at(-1)!, "the second views.publish");
    expect(homeText(publish)).not.toContain("Welcome!");
    await new Promise((r) => setTimeout(r, 100));
    expect(api.callsTo("chat.postMessage").filter((c) => c.params.channel === "U0000001")).toHaveLength(dmsBefore);
  });

  it("opens a question form from a message, starting from its text, and answers in the message's thread", async () => {
    const res = await send(
      interaction({
        type: "message_action",
        callback_id: "ask_about_message",
        trigger_id: "900.1.1",
        team: TEAM,
        channel: { id: "C0000007", name: "wg-prevention" },
        user: USER,
        message: { type: "message", user: "U0000009", text: `<@${BOT_USER_ID}> The 15th meeting opens on 3 September`, ts: "1700002100.000100", team: TEAM_ID },
        message_ts: "1700002100.000100",
        response_url: "https://hooks.slack.invalid/unused",
        action_ts: "1700002101.000200",
      }),
      FORM,
    );
    expect(res.status).toBe(200);
    const [open] = await waitFor(() => api.callsTo("views.open").length > 0 && api.callsTo("views.open"), "views.open");
    expect(open.params.trigger_id).toBe("900.1.1");
    const view = open.params.view as { callback_id: string; private_metadata: string; blocks: { element: { initial_value?: string } }[] };
    expect(view.blocks[0].element.initial_value).toBe("The 15th meeting opens on 3 September");
    expect(JSON.parse(view.private_metadata)).toEqual({ channel: "C0000007", thread: "1700002100.000100" });

    const submitted = await send(viewSubmission("When does the 15th meeting open?", view.private_metadata), FORM);
    expect(submitted.status).toBe(200);
    const [answer] = await waitFor(() => api.callsTo("chat.postMessage").filter((c) => c.params.channel === "C0000007").length > 0 && api.callsTo("chat.postMessage").filter((c) => c.params.channel === "C0000007"), "the answer in the thread");
    expect(answer.params.thread_ts).toBe("1700002100.000100");
    expect(assistant.requests.at(-1)).toMatchObject({ text: "When does the 15th meeting open?", conversation: { platform: "slack", id: "C0000007", thread: "1700002100.000100", user: "U0000001" } });
    await waitFor(async () => (await store.thread("slack", "C0000007", "1700002100.000100")) !== undefined, "the thread remembered");
  });

  it("opens an empty question form from the global shortcut and answers in a direct message", async () => {
    const opensBefore = api.callsTo("views.open").length;
    await send(interaction({ type: "shortcut", callback_id: "ask_question", trigger_id: "900.7.8", team: TEAM, user: USER, action_ts: "1700002200.000100" }), FORM);
    const open = await waitFor(() => api.callsTo("views.open").length > opensBefore && api.callsTo("views.open").at(-1)!, "views.open");
    const view = open.params.view as { private_metadata: string; blocks: { element: { initial_value?: string } }[] };
    expect(view.blocks[0].element.initial_value).toBeUndefined();

    await send(viewSubmission("What did resolution 10/3 request?", view.private_metadata), FORM);
    const dm = await waitFor(() => api.callsTo("chat.postMessage").find((c) => c.params.channel === "U0000001" && String(c.params.text).includes("Fifteenth meeting")), "the DM answer");
    expect(dm.params.thread_ts).toBeUndefined();
    expect(assistant.requests.at(-1)?.text).toBe("What did resolution 10/3 request?");
  });

  it("refuses an empty question in the form with the field's error, asking nothing", async () => {
    const before = assistant.requests.length;
    const res = await send(viewSubmission("   ", "{}"), FORM);
    expect(JSON.parse(res.body)).toEqual({ response_action: "errors", errors: { question: "Type a question." } });
    expect(assistant.requests).toHaveLength(before);
  });

  it("previews a link to an indexed UN document with its title, date and body, and leaves other links alone", async () => {
    await send(
      eventBody(`Ev-link-${++n}`, {
        type: "link_shared",
        channel: "C0000007",
        user: "U0000001",
        message_ts: "1700002300.000100",
        unfurl_id: "Uf0001",
        source: "conversations_history",
        links: [
          { domain: "undocs.org", url: "https://undocs.org/en/CAC/COSP/WG.4/2024/1" },
          { domain: "undocs.org", url: "https://undocs.org/CAC/COSP/2099/99" },
        ],
        event_ts: "1700002300.000200",
      }),
    );
    const [unfurl] = await waitFor(() => api.callsTo("chat.unfurl").length > 0 && api.callsTo("chat.unfurl"), "chat.unfurl");
    expect(unfurl.params).toMatchObject({ channel: "C0000007", ts: "1700002300.000100" });
    const unfurls = unfurl.params.unfurls as Record<string, { blocks: unknown[] }>;
    expect(Object.keys(unfurls)).toEqual(["https://undocs.org/en/CAC/COSP/WG.4/2024/1"]);
    expect(JSON.stringify(unfurls["https://undocs.org/en/CAC/COSP/WG.4/2024/1"].blocks)).toContain("*Provisional agenda and annotations*");
    expect(JSON.stringify(unfurls["https://undocs.org/en/CAC/COSP/WG.4/2024/1"].blocks)).toContain("CAC/COSP/WG.4/2024/1 · 2024-06-13 · Working Group on the Prevention of Corruption");
  });

  it("reads the document symbol from undocs.org and docs.un.org links, with or without a language", () => {
    expect(symbolOfLink("https://undocs.org/CAC/COSP/WG.4/2024/1")).toBe("CAC/COSP/WG.4/2024/1");
    expect(symbolOfLink("https://docs.un.org/zh/CAC/COSP/2023/L.1")).toBe("CAC/COSP/2023/L.1");
    expect(symbolOfLink("https://example.org/CAC/COSP/2023/L.1")).toBeUndefined();
    expect(symbolOfLink("not a url")).toBeUndefined();
  });

  it("asks for a reason on 👎 and attaches the reason given to the vote", async () => {
    const opensBefore = api.callsTo("views.open").length;
    await send(buttonClickBody({ action_id: "feedback_down", block_id: "feedback:en", value: "001_7da0608a8050477c#27" }, "https://hooks.slack.invalid/unused"), FORM);
    const open = await waitFor(() => api.callsTo("views.open").length > opensBefore && api.callsTo("views.open").at(-1)!, "the reason form");
    const view = open.params.view as { callback_id: string; private_metadata: string; title: { text: string } };
    expect(view.callback_id).toBe("feedback_reason");
    expect(view.title.text).toBe("What was wrong?");
    expect(assistant.votes.at(-1)).toMatchObject({ vote: "down", answerRef: "001_7da0608a8050477c#27" });
    expect(view.private_metadata).toBe(`vote-${assistant.votes.length}`);

    await send(viewSubmission("the dates are of the 14th meeting", view.private_metadata, "feedback_reason", "reason"), FORM);
    await waitFor(() => assistant.reasons.length > 0, "the reason");
    expect(assistant.reasons).toEqual([{ voteId: view.private_metadata, reason: "the dates are of the 14th meeting" }]);
  });

  it("records a vote given with Slack's native feedback buttons and asks for a reason on 👎", async () => {
    const opensBefore = api.callsTo("views.open").length;
    const message = { channel: "C0000001", ts: "1700003000.000100", thread_ts: "1700002999.000100" };
    await send(feedbackButtonsClickBody("down:001_7da0608a8050477c#27", "feedback:zh", message, "https://hooks.slack.invalid/unused"), FORM);
    const open = await waitFor(() => api.callsTo("views.open").length > opensBefore && api.callsTo("views.open").at(-1)!, "the reason form");
    expect((open.params.view as { title: { text: string } }).title.text).toBe("哪里有问题？");
    expect(assistant.votes.at(-1)).toMatchObject({ vote: "down", answerRef: "001_7da0608a8050477c#27", conversation: { id: "C0000001", thread: "1700002999.000100" } });

    const votesBefore = assistant.votes.length;
    await send(feedbackButtonsClickBody("up:001_7da0608a8050477c#28", "feedback:en", message, "https://hooks.slack.invalid/unused"), FORM);
    await waitFor(() => assistant.votes.length > votesBefore, "the 👍");
    expect(assistant.votes.at(-1)).toMatchObject({ vote: "up", answerRef: "001_7da0608a8050477c#28" });
    expect(api.callsTo("views.open")).toHaveLength(opensBefore + 1);
  });

  it("posts the answer again with plain 👍/👎 buttons where Slack refuses its native feedback buttons", async () => {
    const root = "1700003100.000100";
    const before = api.callsTo("chat.postMessage").length;
    api.queue("chat.postMessage", { body: { ok: false, error: "invalid_blocks" } });
    await send(eventBody(`Ev-home-${++n}`, { type: "app_mention", channel: "C0000001", user: "U0000001", text: `<@${BOT_USER_ID}> agenda 15`, ts: root, team: TEAM_ID }));
    const posts = await waitFor(() => api.callsTo("chat.postMessage").length >= before + 2 && api.callsTo("chat.postMessage").slice(before), "the answer posted twice");
    expect(JSON.stringify(posts[0].params.blocks)).toContain("feedback_buttons");
    expect(JSON.stringify(posts[1].params.blocks)).not.toContain("feedback_buttons");
    expect(JSON.stringify(posts[1].params.blocks)).toContain("feedback_up");
    expect(api.messages.filter((m) => m.thread_ts === root)).toHaveLength(1);
  });

  it("does not ask for a reason on 👍", async () => {
    const opensBefore = api.callsTo("views.open").length;
    const votesBefore = assistant.votes.length;
    await send(buttonClickBody({ action_id: "feedback_up", block_id: "feedback:en", value: "001_7da0608a8050477c#27" }, "https://hooks.slack.invalid/unused"), FORM);
    await waitFor(() => assistant.votes.length > votesBefore, "the vote");
    await new Promise((r) => setTimeout(r, 100));
    expect(api.callsTo("views.open")).toHaveLength(opensBefore);
  });
});
