import GithubSlugger from 'github-slugger';

/** A <Clause id="…" /> citation in an explainer's MDX source, with the section it sits in. */
export interface Citation {
  clause: string;
  /** Text of the nearest heading above the citation ("" before the first heading). */
  heading: string;
  /** The heading's id as Astro renders it (github-slugger), for linking back. */
  headingId: string;
  /** 1-based line number in the MDX body, for error messages. */
  line: number;
}

const HEADING = /^(#{2,6})\s+(.+?)\s*#*\s*$/;
const CITATION = /<Clause\s+id=["']([^"']+)["']/g;

/** Finds every clause citation in an MDX body, in order. */
export function extractCitations(body: string): Citation[] {
  const slugger = new GithubSlugger();
  const citations: Citation[] = [];
  let heading = '';
  let headingId = '';
  body.split('\n').forEach((line, index) => {
    const headingMatch = HEADING.exec(line);
    if (headingMatch) {
      heading = (headingMatch[2] as string).replace(/<[^>]+>/g, '').trim();
      headingId = slugger.slug(heading);
    }
    for (const match of line.matchAll(CITATION)) citations.push({ clause: match[1] as string, heading, headingId, line: index + 1 });
  });
  return citations;
}
