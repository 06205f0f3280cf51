/**
 * The optional `<name>.meta.json` beside a document: adds or corrects header fields (the symbol
 * is often not printed in the text). Its values win over what the parser reads.
 */
import { z } from "zod";

/**
 * The sidecar's schema, made when a sidecar is first parsed: a start from a current cache parses
 * none, and making zod schemas is part of every process's start otherwise.
 */
const makeSchema = () => {
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date yyyy-mm-dd");
  return z
    .object({
      symbol: z.string().regex(/^[A-Z]+\/[A-Za-z0-9./-]+(?: [A-Z]+\/[A-Za-z0-9./-]+)*$/, "must be a UN document symbol such as CAC/COSP/WG.4/2024/3").optional(),
      title: z.string().min(1).optional(),
      titleEn: z.string().min(1).optional(),
      kind: z
        .enum(["annotated-agenda", "provisional-agenda", "background-paper", "secretariat-report", "draft-report-addendum", "report", "resolution", "decision", "other"])
        .optional(),
      date: isoDate.optional(),
      distribution: z.string().optional(),
      language: z.string().min(2).max(3).optional(),
      originalLanguage: z.string().min(2).max(3).optional(),
      body: z.string().min(1).optional(),
      meeting: z
        .object({
          ordinal: z.number().int().positive().optional(),
          kind: z.enum(["session", "meeting", "resumed", "intersessional", "special", "joint", "other"]).optional(),
          start: isoDate.optional(),
          end: isoDate.optional(),
          venue: z.string().optional(),
        })
        .strict()
        .optional(),
      agendaItem: z.object({ number: z.string(), title: z.string().optional() }).strict().optional(),
      agendaSymbol: z.string().optional(),
      note: z.string().optional(),
    })
    .strict();
};
let schema: ReturnType<typeof makeSchema> | undefined;

export type Sidecar = z.infer<ReturnType<typeof makeSchema>>;

/** Parses sidecar JSON text. @throws Error naming the bad field. */
export function parseSidecar(json: string, file: string): Sidecar {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const r = (schema ??= makeSchema()).safeParse(data);
  if (!r.success) throw new Error(`${file}: ${r.error.issues.map((i) => `${i.path.join(".") || "(root)"} ${i.message}`).join("; ")}`);
  return r.data;
}
