/**
 * GET /calendar.ics on the shared HTTP server: the meetings feed, optionally of one body
 * (?body=irg). A body it does not know is a 400 that lists the known ones, not an empty feed.
 */
import type { Route } from "../server/http.js";
import type { KnowledgeIndex } from "../knowledge/index.js";
import { bodyCatalogOf, type BodyCatalog } from "./bodies.js";
import { buildCalendar } from "./calendar.js";

/** Options of createCalendarRoute. */
export interface CalendarRouteConfig {
  index: KnowledgeIndex;
  /** Resolves ?body= and names meetings; by default the catalog of the index's glossary. */
  bodies?: BodyCatalog;
  now?: () => Date;
}

export function createCalendarRoute(config: CalendarRouteConfig): Route {
  const bodies = config.bodies ?? bodyCatalogOf(config.index);
  return {
    method: "GET",
    path: "/calendar.ics",
    handler(req, res) {
      const url = new URL(req.url ?? "/", "http://localhost");
      const bodyParam = url.searchParams.get("body") ?? undefined;
      const body = bodyParam ? bodies.resolve(bodyParam)?.id : undefined;
      if (bodyParam !== undefined && !body) {
        res.writeHead(400, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify({ error: "unknown_body", message: `Unknown body "${bodyParam}".`, known: bodies.list().map((b) => ({ id: b.id, name: b.en })) }));
        return;
      }
      const text = buildCalendar({ index: config.index, bodies, now: config.now, body });
      res.writeHead(200, {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'inline; filename="uncac-meetings.ics"',
        "cache-control": "no-cache",
      });
      res.end(text);
    },
  };
}
