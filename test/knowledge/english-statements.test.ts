/**
 * The grammar of English operative paragraphs, on paragraphs written for these tests in the
 * style of UNCAC and General Assembly resolutions: each operative verb of the paragraph, and
 * whom it asks to act.
 */
import { describe, expect, it } from "vitest";
import { englishStatements } from "../../src/knowledge/extract/resolutions.js";

const read = (text: string) => englishStatements(text).map((s) => [s.verb, s.addressee ?? null]);

describe("English operative paragraphs", () => {
  it.each([
    ["names the party up to its infinitive", "5. Requests the United Nations Office on Drugs and Crime to continue to assist States parties;", [["requests", "United Nations Office on Drugs and Crime"]]],
    ["skips an aside between commas before the infinitive", "5. Requests the Secretariat, within existing resources, to prepare a report;", [["requests", "Secretariat"]]],
    ["drops a relative clause that restricts the party", "3. Urges States parties that have not yet done so to ratify the Convention;", [["urges", "States parties"]]],
    ["drops 'in a position to do so'", "4. Encourages Member States in a position to do so to provide extrabudgetary resources;", [["encourages", "Member States"]]],
    ["keeps the parties of a list and drops an aside opened by 'in particular'", "1. Calls upon States parties, signatories and relevant organizations, in particular those in the region, to cooperate;", [["calls upon", "States parties, signatories and relevant organizations"]]],
    ["keeps a preposition that goes on with a name", "2. Invites the Organization for Security and Co-operation in Europe to share its experience;", [["invites", "Organization for Security and Co-operation in Europe"]]],
    ["gives no addressee to a verb that asks no one", "9. Decides that the Implementation Review Group shall hold its next session in Vienna;", [["decides", null]]],
    ["gives no addressee when the object is a thing", "4. Encourages the exchange of good practices among States parties;", [["encourages", null]]],
    ["reads a renewed call", "6. Reiterates its call upon Member States to share information;", [["reiterates", "Member States"]]],
    ["reads the subject of a recommendation", "7. Recommends that the Working Group on Prevention continue its work;", [["recommends", "Working Group on Prevention"]]],
    ["reads no party in a passive recommendation", "7. Recommends that further efforts be made;", [["recommends", null]]],
    ["reads a recommendation made to a party", "2. Recommends the guidelines to all States parties for their consideration;", [["recommends", "all States parties"]]],
    ["reads two verbs that share one object", "6. Invites and encourages States parties to participate;", [["invites", "States parties"], ["encourages", "States parties"]]],
    ["reads a further verb after a comma and 'and'", "2. Welcomes the progress made, and invites Member States and other donors to provide resources;", [["welcomes", null], ["invites", "Member States and other donors"]]],
    ["stands a pronoun for the party named before", "11. Expresses its gratitude to the Secretary-General for his support, and requests him to report;", [["expresses", null], ["requests", "Secretary-General"]]],
    ["stands 'it' for the party asked before", "3. Requests the Secretariat to prepare a study, and requests it to report to the Conference;", [["requests", "Secretariat"], ["requests", "Secretariat"]]],
    ["does not take a noun for a further verb", "8. Reaffirms its decision to process offers of and requests for assistance submitted by States;", [["reaffirms", null]]],
    ["reads the organ's own verb after its name", "The Conference of the States Parties adopts its rules of procedure.", [["adopts", null]]],
  ] as [string, string, [string, string | null][]][])("%s", (_name, text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe("a verb left without its object", () => {
  it("shares the object of the verb after it", () => {
    const [first] = englishStatements(
      "7. Calls upon all States to submit and encourages them to make available, in a timely manner, their national reports, as required under article 5;",
    );
    expect(first.verb).toBe("calls upon");
    expect(first.clause).toContain("their national reports");
  });

  it("keeps a clause with its own object apart", () => {
    const [first] = englishStatements("3. Requests the Secretary-General to submit a report and invites States to share their views;");
    expect(first.clause).not.toContain("share their views");
  });
});
