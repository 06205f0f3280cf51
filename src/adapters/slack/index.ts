/** The Slack app: factory, poster and rendering (see docs/slack.md). */
export { createSlackAdapter, SLACK_EVENTS_PATH, type SlackAdapter, type SlackAdapterConfig } from "./adapter.js";
export { createSlackPoster, type SlackPosterConfig } from "./poster.js";
export { renderReply, renderPassage, type SlackMessage, type RenderOptions } from "./render.js";
