/**
 * Who may change a channel's digest, and whether the bot can post there, as Slack tells it:
 * conversations.info (private? the bot a member? who created it) and users.info (workspace
 * admins and owners). Asked only for commands that change settings.
 */
import type { webApi } from "@slack/bolt";
import type { AccessConfig } from "../../core/config.js";
import type { Logger } from "../../core/log.js";
import type { RequestAccess } from "../../core/types.js";
import { errorText } from "./replier.js";

interface ChannelInfo {
  is_private?: boolean;
  is_member?: boolean;
  is_im?: boolean;
  creator?: string;
}

/**
 * The access of `user` in `channel`. Never throws: rights that cannot be read are refused (only
 * configured admins and the channel's creator pass), membership that cannot be read is assumed.
 */
export async function slackAccess(client: webApi.WebClient, access: AccessConfig, channel: string, user: string, logger: Logger): Promise<RequestAccess> {
  // A direct message belongs to the person in it.
  if (channel.startsWith("D")) return { canManage: true, botIsMember: true };
  let info: ChannelInfo | undefined;
  let botIsMember = true;
  try {
    info = (await client.conversations.info({ channel })).channel as ChannelInfo | undefined;
    botIsMember = !(info?.is_private && !info.is_member);
  } catch (err) {
    // A private channel the bot is not in is invisible to it: channel_not_found. Any other
    // failure (a missing scope, Slack down) does not block: the digest's first post would tell.
    if ((err as { data?: { error?: string } }).data?.error === "channel_not_found") botIsMember = false;
    else logger.warn("slack conversations.info failed", { channel, error: errorText(err) });
  }
  return { canManage: await mayManage(client, access, user, info, logger), botIsMember };
}

async function mayManage(client: webApi.WebClient, access: AccessConfig, user: string, info: ChannelInfo | undefined, logger: Logger): Promise<boolean> {
  if (access.digestManagers === "anyone" || access.adminUsers.includes(user)) return true;
  if (access.digestManagers === "admins") return false;
  if (info?.creator === user) return true;
  try {
    const u = (await client.users.info({ user })).user as { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean } | undefined;
    return Boolean(u?.is_admin || u?.is_owner || u?.is_primary_owner);
  } catch (err) {
    logger.warn("slack users.info failed", { user, error: errorText(err) });
    return false;
  }
}
