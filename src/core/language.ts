/**
 * The language of a text, decided in one place for the router, the answer layer and the
 * composition root.
 */
import type { Lang } from "./types.js";

/** Detects the language of a text: Chinese when it holds Han characters. */
export function detectLanguage(text: string, fallback: Lang = "en"): Lang {
  // Document symbols and web addresses are the same in every language.
  const words = text.replace(/(?:CAC|A|E|S)\/[A-Za-z0-9./-]+|https?:\/\/\S+|www\.\S+/g, " ");
  const han = (words.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (words.match(/[A-Za-z]/g) ?? []).length;
  if (han === 0 && latin === 0) return fallback;
  return han > 0 && han * 2 >= Math.min(latin, 8) ? "zh" : "en";
}
