/**
 * The names of countries and territories in English and Chinese, from the Unicode CLDR data that
 * Node's ICU carries (Intl.DisplayNames): every State a passage may name, not only those the
 * glossary lists.
 */

/** A country or territory: its ISO 3166 code and its English and Chinese names. */
export interface CountryName {
  code: string;
  en: string;
  zh: string;
}

/** Codes CLDR names that are not countries: the EU, the UN, private-use and unknown regions. */
const NOT_COUNTRIES = /^(?:EU|EZ|UN|Q[M-Z]|X[A-Z]|ZZ)$/;

let names: CountryName[] | undefined;

/** Every country and territory CLDR names, once per process. */
export function countryNames(): CountryName[] {
  if (!names) {
    const en = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    const zh = new Intl.DisplayNames(["zh-Hans"], { type: "region", fallback: "none" });
    names = [];
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const e = en.of(code);
        const z = zh.of(code);
        if (e && z && !NOT_COUNTRIES.test(code)) names.push({ code, en: e, zh: z });
      }
    }
  }
  return names;
}
