/** Daily digests, the meetings calendar and their helpers; see scheduler.ts for the posting loop. */
export { composeDigest, findDigestMeeting, DEFAULT_DAYS_BEFORE, type DigestRequest } from "./compose.js";
export { createDigestScheduler, type DigestScheduler, type DigestSchedulerConfig, type TickOutcome } from "./scheduler.js";
export { buildCalendar, meetingUid, type CalendarConfig } from "./calendar.js";
export { createCalendarRoute, type CalendarRouteConfig } from "./calendar-route.js";
export { bodyCatalogOf, createBodyCatalog, type BodyCatalog, type BodyInfo } from "./bodies.js";
export { parseDigestArgs, type DigestArgs } from "./args.js";
