import { getCollection, type CollectionEntry } from 'astro:content';
import { currentOccurrence, type CampaignOccurrence } from '../lib/campaigns';
import { toIsoDate } from '../lib/dates';
import type { CampaignYear } from '../schemas/campaign';
import { buildDate } from './build-date';

export const campaignUrl = (id: string) => `/${id}/`;

/** The three campaigns (content/campaigns/*.md), in the order they fall in the year. */
export async function getCampaigns(): Promise<CollectionEntry<'campaigns'>[]> {
  const campaigns = await getCollection('campaigns');
  const today = toIsoDate(buildDate());
  const sortKey = (c: CollectionEntry<'campaigns'>) => currentOccurrence(c.data.dateRule, c.data.years, today, c.data.usualMonth).dates?.start.slice(5) ?? `${String(c.data.usualMonth ?? 12).padStart(2, '0')}`;
  return campaigns.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}

/** The campaign page an event kind belongs to, if any. */
export async function campaignForKind(kind: string): Promise<{ name: string; href: string } | undefined> {
  const campaign = (await getCollection('campaigns')).find((c) => (c.data.eventKinds as readonly string[]).includes(kind));
  return campaign && { name: campaign.data.shortName, href: campaignUrl(campaign.id) };
}

export interface CampaignNow extends CampaignOccurrence {
  /** The content's entry for that year, with its theme and notes, if there is one. */
  entry?: CampaignYear;
}

/** A campaign's occurrence that matters on the build date, with that year's content. */
export function campaignNow(campaign: CollectionEntry<'campaigns'>, now = buildDate()): CampaignNow {
  const { dateRule, years, usualMonth } = campaign.data;
  const occurrence = currentOccurrence(dateRule, years, toIsoDate(now), usualMonth);
  const entry = years.find((y) => y.year === occurrence.year);
  return entry ? { ...occurrence, entry } : occurrence;
}

export interface NextCampaign {
  id: string;
  name: string;
  href: string;
  start: string;
  end: string;
}

/** The campaign whose dates come next (or are on now), for the home-page countdown; undefined if none is dated. */
export async function getNextCampaign(now = buildDate()): Promise<NextCampaign | undefined> {
  const dated = (await getCollection('campaigns')).flatMap((campaign) => {
    const { dates } = campaignNow(campaign, now);
    return dates ? [{ id: campaign.id, name: campaign.data.shortName, href: campaignUrl(campaign.id), start: dates.start, end: dates.end }] : [];
  });
  return dated.sort((a, b) => a.start.localeCompare(b.start))[0];
}
