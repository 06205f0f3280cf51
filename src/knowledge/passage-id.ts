/** A passage's id, `${docId}#${seq}`: made in one place and read in one place. */

/** The id of a document's passage number `seq`. */
export const passageId = (docId: string, seq: number): string => `${docId}#${seq}`;

/** The document and position a passage id names; undefined parts when it is not such an id. */
export function splitPassageId(id: string): { docId: string | undefined; seq: number } {
  const cut = id.lastIndexOf("#");
  return { docId: cut > 0 ? id.slice(0, cut) : undefined, seq: Number(id.slice(cut + 1)) };
}
