import { toIsoDate } from '../lib/common/dates';
import { eventDateTimeAttribute } from '../lib/events/format';
import { admissionNote, hasFirmTime, type EventOutlook } from '../lib/events/outlook';
import type { SiteEvent } from './events';
import type { BaseEntry } from '../schemas/base';
import type { Law, LawCitation } from '../schemas/law';
import { SCHOOL_STAGES, type Lesson, type LessonPlan } from '../schemas/lesson';
import { QUIZ_JSON_LD_ID, QUIZ_NAME } from './ip';
import { originalUrl, type PolicyBundle } from './policies';

/** schema.org Legislation for a policy document. */
export function legislationJsonLd(bundle: PolicyBundle, site: URL | undefined): Record<string, unknown> {
  const { policy } = bundle;
  return {
    '@type': 'Legislation',
    name: policy.title,
    legislationIdentifier: policy.docNumber,
    legislationDate: toIsoDate(policy.dateWritten),
    legislationType: '规范性文件',
    legislationJurisdiction: '云南省昆明市五华区',
    legislationPassedBy: policy.issuers.map((name) => ({ '@type': 'GovernmentOrganization', name })),
    legislationLegalForce: `https://schema.org/${bundle.status === 'in-force' ? 'InForce' : 'NotInForce'}`,
    // Years, as the document prints its term (2018-2020年); exact days would be the site's reading.
    temporalCoverage: `${toIsoDate(policy.term.start).slice(0, 4)}/${toIsoDate(policy.term.end).slice(0, 4)}`,
    inLanguage: 'zh-CN',
    url: new URL(originalUrl(bundle.id), site).href,
  };
}

/** An address in the district, as schema.org wants it. */
const postalAddress = (streetAddress: string) => ({
  '@type': 'PostalAddress',
  addressCountry: 'CN',
  addressRegion: '云南省',
  addressLocality: '昆明市五华区',
  streetAddress,
});

const SCHEMA_DAY: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/**
 * schema.org for a listed place: school labs are EducationalOrganization, public science bases
 * CivicStructure, the rest (incubators, labs, workstations) Place. Coordinates stay WGS-84, as
 * schema.org expects. No inLanguage: schema.org gives it to works and events, not to places.
 */
export function baseJsonLd(entry: BaseEntry, url: string): Record<string, unknown> {
  const type = entry.kind === '青少年科技创新实验室' ? 'EducationalOrganization' : entry.kind.includes('科普') ? 'CivicStructure' : 'Place';
  return {
    '@type': type,
    name: entry.name,
    description: entry.description,
    url,
    address: postalAddress(entry.address),
    ...(entry.coordinates && { geo: { '@type': 'GeoCoordinates', latitude: entry.coordinates.lat, longitude: entry.coordinates.lng } }),
    ...(entry.booking?.phone && { telephone: entry.booking.phone }),
    isAccessibleForFree: entry.free,
    openingHoursSpecification: entry.openingHours.map((h) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: h.days.map((d) => `https://schema.org/${SCHEMA_DAY[d]}`),
      opens: h.opens,
      closes: h.closes,
    })),
    ...(entry.themes.length && { keywords: entry.themes.join(',') }),
  };
}

/**
 * schema.org EventStatusType: a postponed event with a new time is EventRescheduled, as schema.org
 * asks (EventPostponed means no new date yet).
 */
function schemaEventStatus({ when, status }: EventOutlook): string {
  if (when.kind === 'as-announced') return status === 'moved-online' ? 'EventMovedOnline' : 'EventScheduled';
  return { rescheduled: 'EventRescheduled', 'to-be-announced': 'EventPostponed', cancelled: 'EventCancelled' }[when.kind];
}

/**
 * schema.org Event, saying what the page says: the status (a postponed event with no new time has only
 * its previousStartDate, no date to go by), an online event's VirtualLocation and no PostalAddress, and
 * an Offer only when the public may register. Times carry their +08:00 offset.
 */
export function eventJsonLd(event: SiteEvent, url: string): Record<string, unknown> {
  const { data, venue, organiser, outlook } = event;
  const { when, where, takingPart } = outlook;
  const online = where.kind === 'online';
  const physicalLocation = {
    '@type': 'Place',
    name: venue.name,
    address: postalAddress(venue.address),
    ...(venue.base?.coordinates && {
      geo: { '@type': 'GeoCoordinates', latitude: venue.base.coordinates.lat, longitude: venue.base.coordinates.lng },
    }),
  };
  const dates = hasFirmTime(when)
    ? { startDate: eventDateTimeAttribute(when.start), endDate: eventDateTimeAttribute(when.end) }
    : when.kind === 'cancelled'
      ? { startDate: eventDateTimeAttribute(when.original.start), endDate: eventDateTimeAttribute(when.original.end) }
      : {};
  const registration = takingPart.kind === 'register' ? takingPart.registration : undefined;
  return {
    '@type': 'Event',
    name: data.title,
    description: `${data.summary}${admissionNote(outlook)}`,
    url,
    ...dates,
    ...((when.kind === 'rescheduled' || when.kind === 'to-be-announced') && {
      previousStartDate: eventDateTimeAttribute(when.original.start),
    }),
    eventStatus: `https://schema.org/${schemaEventStatus(outlook)}`,
    eventAttendanceMode: `https://schema.org/${online ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode'}`,
    // Online: where to watch when it is known, a name saying so when it is not; never the street address.
    location: online
      ? { '@type': 'VirtualLocation', ...(where.url ? { url: where.url } : { name: '线上（观看方式尚未公布）' }) }
      : physicalLocation,
    organizer: { '@type': 'GovernmentOrganization', name: organiser.name },
    audience: data.audiences.map((audienceType) => ({ '@type': 'Audience', audienceType })),
    ...(data.capacity && when.kind !== 'cancelled' && { maximumAttendeeCapacity: data.capacity }),
    // Only how to register: the content says nothing of a price or of places left.
    ...(registration?.url && {
      offers: {
        '@type': 'Offer',
        url: registration.url,
        ...(registration.deadline && { validThrough: eventDateTimeAttribute(registration.deadline) }),
      },
    }),
    inLanguage: 'zh-CN',
  };
}

export interface PageFacts {
  title: string;
  description: string;
  /** Absent on the 404 page, which has no URL of its own. */
  url?: string | undefined;
  updated: Date;
  /** Ancestors, then the page itself, each with an absolute URL (the page's own may be omitted). */
  trail: Array<{ name: string; url?: string | undefined }>;
  siteName: string;
  siteUrl: string;
}

/** schema.org WebPage with its BreadcrumbList: on every page, beside any more specific type. */
export function webPageJsonLd(page: PageFacts): Record<string, unknown> {
  return {
    '@type': 'WebPage',
    name: page.title,
    description: page.description,
    ...(page.url && { url: page.url }),
    inLanguage: 'zh-CN',
    dateModified: toIsoDate(page.updated),
    isPartOf: { '@type': 'WebSite', name: page.siteName, url: page.siteUrl },
    breadcrumb: {
      '@type': 'BreadcrumbList',
      itemListElement: page.trail.map((crumb, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: crumb.name,
        ...(crumb.url && { item: crumb.url }),
      })),
    },
  };
}

/** schema.org WebSite with the site search, for the home page. */
export function webSiteJsonLd(name: string, siteUrl: string): Record<string, unknown> {
  return {
    '@type': 'WebSite',
    name,
    url: siteUrl,
    inLanguage: 'zh-CN',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${new URL('/search/', siteUrl).href}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** A law a lesson rests on, as schema.org citation: the law in its version, or the article as part of it. */
const lawCitation = (citation: LawCitation, laws: Map<string, Law>) => {
  const law = laws.get(citation.law);
  const whole = {
    '@type': 'Legislation',
    name: law?.name ?? citation.law,
    ...(law && { version: law.version }),
    legislationJurisdiction: 'CN',
  };
  return citation.article ? { '@type': 'Legislation', name: `${whole.name}${citation.article}`, isPartOf: whole } : whole;
};

/** What every IP learning resource shares: language, level, free, and the laws cited. */
function learningResource(
  data: { title: string; description: string; stage: string; sources: LawCitation[] },
  url: string,
  laws: Map<string, Law>,
) {
  return {
    '@type': 'LearningResource',
    name: data.title,
    description: data.description,
    url,
    inLanguage: 'zh-CN',
    educationalLevel: data.stage,
    isAccessibleForFree: true,
    about: { '@type': 'Thing', name: '知识产权' },
    citation: data.sources.map((c) => lawCitation(c, laws)),
  };
}

/** schema.org LearningResource for a student lesson: its stage, reading time and what it teaches. */
export function lessonJsonLd(lesson: Lesson, url: string, laws: Map<string, Law>): Record<string, unknown> {
  return {
    ...learningResource(lesson, url, laws),
    learningResourceType: '课文',
    audience: { '@type': 'EducationalAudience', educationalRole: 'student' },
    timeRequired: `PT${lesson.minutes}M`,
    teaches: lesson.objectives,
  };
}

/** schema.org LearningResource for a teacher's lesson plan, based on the lesson it teaches. */
export function lessonPlanJsonLd(plan: LessonPlan, url: string, lessonUrl: string, laws: Map<string, Law>): Record<string, unknown> {
  return {
    ...learningResource(plan, url, laws),
    learningResourceType: '教案',
    audience: { '@type': 'EducationalAudience', educationalRole: 'teacher' },
    timeRequired: `PT${plan.minutes}M`,
    teaches: plan.goals,
    isBasedOn: lessonUrl,
  };
}

/**
 * schema.org Quiz, the same (`@id`) on the quiz page and the printable answers, each with its own URL
 * and description. The questions are not repeated here: on the answers page they would double what
 * each new question adds to the page.
 */
export function quizJsonLd(url: string, description: string, site: URL | undefined): Record<string, unknown> {
  return {
    '@type': 'Quiz',
    '@id': new URL(QUIZ_JSON_LD_ID, site).href,
    name: QUIZ_NAME,
    description,
    url: new URL(url, site).href,
    inLanguage: 'zh-CN',
    educationalLevel: SCHOOL_STAGES,
    isAccessibleForFree: true,
    about: { '@type': 'Thing', name: '知识产权' },
  };
}
