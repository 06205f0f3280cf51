/** Types of check-bank.mjs, the question-bank checker (a plain Node script so it runs without a build). */
export interface Citation { file?: string; seed?: string; para?: string | null; anchor: string }
export interface Question {
  id: string; lang: string; kind: string; question: string;
  expect: { all: string[]; any: string[][] };
  cite: Citation[]; note: string;
}
export const KINDS: string[];
export const LANGS: string[];
export const ANCHOR_MIN: number;
export const ANCHOR_MAX: number;
export const SOURCE_DIRS: string[];
export function squash(s: unknown): string;
export function writtenDates(text: unknown): string[];
export function sourceIndex(dirs?: string[]): Map<string, string>;
export function shapeErrors(bank: unknown): string[];
export function sourceErrors(bank: Question[], index?: Map<string, string>): { errors: string[]; missing: string[] };
