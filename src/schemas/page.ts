import { z } from 'astro/zod';

/** Fields every content page carries; page types extend this. */
export const basePageSchema = z.object({
  title: z.string().min(2),
  /** Meta description and search snippet: one or two plain sentences. */
  description: z.string().min(10).max(160),
  /** When the content was last changed in substance; shown as 最后更新. */
  updated: z.coerce.date(),
});

/** One way in from the home page: a link with a line saying what is there. */
const EntryLinkSchema = z.strictObject({ label: z.string().min(2), href: z.string().startsWith('/'), hint: z.string().min(4) });

/** The home page's ways in for one audience (content/pages/index.md `audienceEntries`). */
export const AudienceEntrySchema = z.strictObject({
  /** The id of its heading, unique on the page. */
  id: z.string().regex(/^[a-z][a-z-]*$/),
  heading: z.string().min(2),
  links: z.array(EntryLinkSchema).min(1),
});

/**
 * Named blocks of a page's prose besides its introduction (the body), in the front matter of its file in
 * content/pages/ or content/pages/words/. "{name}" in them stands for a value the page fills in from its
 * data (a policy's title, a count); each field says which, and a name the page does not fill stops the build.
 */
const PAGE_WORD_FIELDS = {
  /** One line per policy the page covers: {title}, {shortTitle}, {docNumber}, {term}, {status}. */
  policyNote: z.string().min(4).optional(),
  /** What a reader sees when JavaScript is off, in place of the page's tool (Markdown). */
  noScript: z.string().min(4).optional(),
  /** How to use the page's tool, after it (Markdown). */
  guide: z.string().min(4).optional(),
  /** Pointers to related pages after the main content (Markdown; paragraphs or one list). */
  seeAlso: z.string().min(4).optional(),
  /** The line under a list saying how it is ordered: {date}, the day the site was built. */
  listNote: z.string().min(4).optional(),
  /** What a filtered list says when nothing matches. */
  noMatch: z.string().min(4).optional(),
  /** That a date shown is the site's estimate, not the organiser's announcement: {year} where the page gives it. */
  estimateNote: z.string().min(4).optional(),
  /** Which clock the times on the page are in, and what holidays do to them. */
  timeNote: z.string().min(4).optional(),
  /** The feed's own description (/events/rss.xml for the events page). */
  feedDescription: z.string().min(4).optional(),
  /** What a list says when it has nothing in it at all. */
  empty: z.string().min(2).optional(),
  /** What a link to this page says about it on the page above it (a policy's overview). */
  linkNote: z.string().min(4).optional(),
  /** An explainer's last line, before the clauses it covers. */
  coversNote: z.string().min(4).optional(),
  /** Under the 一图读懂 picture (Markdown): {width} its width in pixels; {goals}, {actions}, {supports} its parts, counted (六项目标). */
  infographicCaption: z.string().min(4).optional(),
  /** The picture's text alternative: {shortTitle} and the parts, as in infographicCaption. */
  infographicAlt: z.string().min(4).optional(),
  /** A department renamed by the 2019 reform: {name}, {successor} (its present-day name, or that it awaits the organiser). */
  renamedNote: z.string().min(4).optional(),
  /** The line over recent past entries when older ones are elsewhere: {count}. */
  pastNote: z.string().min(4).optional(),
  /** /ip/: the line introducing the teachers' lesson plans. */
  plansNote: z.string().min(4).optional(),
  /** /ip/: the line introducing the quiz: {count} questions, {round} a round. */
  quizNote: z.string().min(4).optional(),
  /**
   * /policy/departments/: where today's department names are while some are unconfirmed ({successorNote}
   * in the body). The launch check asks for it to go once every department's present-day name is in.
   */
  successorAwaiting: z.string().min(4).optional(),
  /** /policy/departments/: the same once every renamed department's successor is named. */
  successorNamed: z.string().min(4).optional(),
  /** /sitemap/: the line under a section whose entries are not listed: {count}, {entryLabel}, {listTitle}. */
  entriesNote: z.string().min(4).optional(),
};

/** Stand-alone pages in content/pages/ (about, privacy, accessibility statement …) and the intros of routed pages. */
export const PageSchema = basePageSchema.extend({
  /** Breadcrumb label when it should be shorter than the title. */
  shortTitle: z.string().optional(),
  /** The home page only: its ways in for each audience. */
  audienceEntries: z.array(AudienceEntrySchema).optional(),
  ...PAGE_WORD_FIELDS,
});

/**
 * The words of a page whose title and date the route registry gives (src/data/sections.ts):
 * content/pages/words/<page>.md. The body is the page's introduction (Markdown); the front matter holds
 * its description and its other blocks of prose, each by name.
 */
export const PageWordsSchema = z.strictObject({
  /** Meta description, search snippet and update-feed text; "{name}" as the page says (a count). */
  description: z.string().min(10).max(160).optional(),
  /** /data/: what each published file holds, by its address; every file the site publishes needs one. */
  datasets: z.array(z.strictObject({ url: z.string().startsWith('/'), about: z.string().min(4) })).optional(),
  ...PAGE_WORD_FIELDS,
});

/** The named blocks of prose a page's words may have. */
export type PageWordField = keyof typeof PAGE_WORD_FIELDS;
