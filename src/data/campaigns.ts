import { getCollection, type CollectionEntry } from 'astro:content';
import { currentOccurrence, ruleMonth, type CampaignOccurrence } from '../lib/events/campaigns';
import { toIsoDate } from '../lib/common/dates';
import type { CampaignEraData, CampaignYear } from '../schemas/campaign';
import { buildDate } from './build-date';

export const campaignUrl = (id: string) => `/${id}/`;

export interface CampaignNow extends CampaignOccurrence<CampaignEraData> {
  /** The content's entry for that year, with its theme and notes, if there is one. */
  entry?: CampaignYear;
}

/** A campaign's occurrence that matters on the build date, with that year's era and content. */
export function campaignNow(campaign: CollectionEntry<'campaigns'>, now = buildDate()): CampaignNow {
  const { eras, years } = campaign.data;
  const occurrence = currentOccurrence(eras, years, toIsoDate(now));
  const entry = years.find((y) => y.year === occurrence.year);
  return entry ? { ...occurrence, entry } : occurrence;
}

/** The dates are the site's reckoning from a rule it reads (本站理解), not announced nor set by law. */
export const isEstimated = ({ dates, era }: CampaignNow): boolean => Boolean(dates && !dates.fromContent && era?.reading);

/** The name a campaign goes by in the year that matters now (全国科普月, not the 全国科普日 it replaced). */
export const campaignName = (campaign: CollectionEntry<'campaigns'>, now: CampaignNow) => now.era?.name ?? campaign.data.shortName;

/** The three campaigns (content/campaigns/*.mdx), in the order they fall in the year. */
export async function getCampaigns(): Promise<CollectionEntry<'campaigns'>[]> {
  const campaigns = await getCollection('campaigns');
  const sortKey = (c: CollectionEntry<'campaigns'>) => {
    const { dates, era } = campaignNow(c);
    return dates?.start.slice(5) ?? String(era ? ruleMonth(era.rule) : 12).padStart(2, '0');
  };
  return campaigns.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}

/**
 * The campaign page an event kind belongs to, if any. An event of a kind named after one of the
 * campaign's eras (全国科普日 before 2025) is called by that name, not by today's.
 */
export async function campaignForKind(kind: string): Promise<{ name: string; href: string } | undefined> {
  const campaign = (await getCollection('campaigns')).find((c) => (c.data.eventKinds as readonly string[]).includes(kind));
  if (!campaign) return undefined;
  const isEraName = campaign.data.eras.some((era) => era.name === kind);
  return { name: isEraName ? kind : campaign.data.shortName, href: campaignUrl(campaign.id) };
}

export interface NextCampaign {
  id: string;
  name: string;
  href: string;
  start: string;
  end: string;
  /** The dates are the site's reckoning from a rule it reads (本站理解), not announced or set by law. */
  estimated: boolean;
}

/** The campaign whose dates come next (or are on now), for the home-page countdown; undefined if none is dated. */
export async function getNextCampaign(now = buildDate()): Promise<NextCampaign | undefined> {
  const dated = (await getCollection('campaigns')).flatMap((campaign) => {
    const occurrence = campaignNow(campaign, now);
    const { dates } = occurrence;
    return dates
      ? [
          {
            id: campaign.id,
            name: campaignName(campaign, occurrence),
            href: campaignUrl(campaign.id),
            start: dates.start,
            end: dates.end,
            estimated: isEstimated(occurrence),
          },
        ]
      : [];
  });
  return dated.sort((a, b) => a.start.localeCompare(b.start))[0];
}
