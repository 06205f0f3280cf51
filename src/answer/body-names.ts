/** A body's names in both languages, short forms and abbreviations, as one text a passage's context can hold. */
import type { Glossary } from "../knowledge/index.js";

export function bodyNames(glossary: Glossary, id: string | undefined): string {
  const body = id ? glossary.body(id) : undefined;
  return body ? [body.en, body.zh, body.short?.en, body.short?.zh, ...body.abbreviations].filter(Boolean).join(" ") : "";
}
