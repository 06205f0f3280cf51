/**
 * Links to the official document: the United Nations Official Document System (ODS) serves every
 * language version of a document by its symbol, so a citation can point at the text a delegate
 * would cite, in the language they asked in, even where the corpus holds another language version.
 */
import type { Answer, Citation, Lang } from "./types.js";

/** The Official Document System's public address; OFFICIAL_DOCUMENTS_URL replaces it (a mirror, a proxy). */
export const DEFAULT_OFFICIAL_DOCUMENTS_URL = "https://documents.un.org";

/** ODS language codes: one letter per official language. */
const ODS_LANGUAGE: Record<Lang, string> = { en: "E", zh: "C" };

/**
 * The address of the official document `symbol` in `lang`: "https://documents.un.org/api/symbol/access?s=CAC%2FCOSP%2F2023%2F1&l=E&t=pdf".
 * A document issued under two symbols ("E/2003/30 E/CN.15/2003/14") is found by its first.
 */
export function officialDocumentUrl(symbol: string, lang: Lang, base: string = DEFAULT_OFFICIAL_DOCUMENTS_URL): string {
  const first = symbol.trim().split(/\s+/)[0];
  return `${base.replace(/\/+$/, "")}/api/symbol/access?s=${encodeURIComponent(first)}&l=${ODS_LANGUAGE[lang]}&t=pdf`;
}

/** A citation with the link to its official document, when its symbol is known. */
export function withOfficialLink(c: Citation, lang: Lang, base?: string): Citation {
  return c.symbol ? { ...c, url: officialDocumentUrl(c.symbol, lang, base) } : c;
}

/** An answer whose citations link their official documents in the answer's language. */
export function withOfficialLinks<T extends Answer>(answer: T, base?: string): T {
  if (!answer.citations.some((c) => c.symbol)) return answer;
  return { ...answer, citations: answer.citations.map((c) => withOfficialLink(c, answer.lang, base)) };
}
