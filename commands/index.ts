/**
 * The command registry of the assistant: one file per command. Slack's manifest and the Teams
 * manifest are generated from this list.
 */
import type { CommandSpec } from "../src/core/command.js";
import { createRegistry, type CommandRegistry } from "./registry.js";
import { agendaCommand } from "./agenda.js";
import { meetingsCommand } from "./meetings.js";
import { resolutionCommand } from "./resolution.js";
import { recommendationsCommand } from "./recommendations.js";
import { documentCommand } from "./document.js";
import { askCommand } from "./ask.js";
import { digestCommand } from "./digest.js";
import { createHelpCommand } from "./help.js";

export const registry: CommandRegistry = createRegistry([
  agendaCommand,
  meetingsCommand,
  resolutionCommand,
  recommendationsCommand,
  documentCommand,
  askCommand,
  digestCommand,
  createHelpCommand(() => registry),
] as CommandSpec[]);

export type { CommandRegistry };
