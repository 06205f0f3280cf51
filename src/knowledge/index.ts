/**
 * The knowledge module's front door: the rest of the product (commands, answers, presentation,
 * digests, tools) reads the document index, its text helpers and the vocabulary through here,
 * never through the module's inner files.
 */
export * from "./model.js";
export * from "./text.js";
export * from "./search.js";
export * from "./glossary.js";
export * from "./load.js";
export * from "./live.js";
export * from "./watch.js";
export * from "./lang/ordinal.js";
export * from "./lang/english.js";
export * from "./lang/expand.js";
export * from "./lang/spelling.js";
export * from "./lang/countries.js";
export * from "./lang/bodies.js";
export * from "./extract/resolutions.js";
export * from "./extract/item-key.js";
export * from "./parse/clean.js";
export * from "./acronym-names.js";
export * from "./footnotes.js";
export * from "./lang/place-names.js";
export * from "./lang/short-forms.js";
export { definitionsIn } from "./lang/acronyms.js";
export { squashedText, stemLine, hasStemKey, type ContainmentQuery } from "./containment.js";
export * from "./passage-id.js";
export { passingThroughDocuments } from "./shards.js";
