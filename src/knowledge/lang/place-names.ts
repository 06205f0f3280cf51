/**
 * Chinese names of places the glossary does not list ("Cairo" -> "开罗"), from the general
 * dictionary: a capitalised name's first sense.
 */
import { lexicon } from "./lexicon.js";
import { stemKey } from "./english.js";

/** The dictionary's Chinese name for an English place name, or undefined. */
export function chinesePlaceName(name: string): string | undefined {
  return lexicon().chinese(stemKey(name))[0]?.term;
}
