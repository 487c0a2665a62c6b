import { db } from "~/lib/db.server";
import type { Domain } from "~/lib/typology";

import type { Actor } from "./activity.server";
import { insertPlannedAsk } from "./ask.server";
import { insertCampaign } from "./campaign.server";

export type PlaybookCampaignInput = {
  title: string;
  win: string;
  /** The targets the campaign presses, linked as its decision-makers (the chart's roles can be changed later). */
  targetIds: string[];
  asks: Array<{ targetId: string; text: string; domain: Domain }>;
};

/**
 * A campaign made from the playbook: the campaign, its targets and its planned asks are written together or not
 * at all, so a failure part-way leaves nothing half-made.
 */
export function startCampaignFromPlaybook(
  organizationId: string,
  districtId: string,
  input: PlaybookCampaignInput,
  actor: Actor,
): string {
  return db.transaction((tx) => {
    const campaignId = insertCampaign(
      tx,
      organizationId,
      districtId,
      {
        title: input.title,
        win: input.win,
        status: "active",
        startsOn: null,
        endsOn: null,
        leadUserId: actor.id,
        chart: {},
        primaryTargetIds: input.targetIds,
        secondaryTargetIds: [],
      },
      actor,
    );
    for (const ask of input.asks) {
      insertPlannedAsk(
        tx,
        organizationId,
        campaignId,
        { ...ask, venue: "meeting", followUpOn: null, meetingId: null },
        actor,
      );
    }
    return campaignId;
  });
}
