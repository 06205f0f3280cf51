/** The time zone a meeting's wall-clock times (opening, slots) are written in: its venue's. */

// Venues of the Convention's bodies as documents write them (Chinese or English), with their zones.
const VENUE_ZONES: [RegExp, string][] = [
  [/vienna|维也纳/i, "Europe/Vienna"],
  [/new york|纽约/i, "America/New_York"],
  [/atlanta|亚特兰大/i, "America/New_York"],
  [/sharm|沙姆沙伊赫/i, "Africa/Cairo"],
  [/abu dhabi|阿布扎比/i, "Asia/Dubai"],
  [/doha|多哈/i, "Asia/Qatar"],
  [/marrakech|马拉喀什/i, "Africa/Casablanca"],
  [/st\.? petersburg|saint petersburg|圣彼得堡/i, "Europe/Moscow"],
  [/panama|巴拿马/i, "America/Panama"],
];

/** The IANA zone of a venue as written in a document; Vienna (the seat of most meetings) when unknown. */
export function venueTimeZone(venue: string | undefined): string {
  return (venue && VENUE_ZONES.find(([re]) => re.test(venue))?.[1]) || "Europe/Vienna";
}
