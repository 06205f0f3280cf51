/** An answer's own words: its text with the quotations (“…”, 「…」, "…") taken out. */
export const ownWords = (text: string): string => text.replace(/“[^”]*”|「[^」]*」|"[^"\n]*"/g, " ");
