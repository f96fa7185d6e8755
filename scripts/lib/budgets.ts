/**
 * Page-weight budgets in gzip bytes (1 KB = 1024 bytes), checked over dist/ after every build.
 * The home page must fit one TCP initial window (≈14.6 KB) with its CSS; other pages get the
 * content-page budget unless a rule below names a larger one for a page that needs it.
 */
export interface Budget {
  /** HTML + CSS + JS loaded up front. */
  total: number;
  /** JavaScript loaded up front (module scripts and their static imports). */
  js: number;
  /** HTML + CSS alone, where that is what the budget is about. */
  htmlCss?: number;
}

const KB = 1024;

const HOME_BUDGET: Budget = { total: 30 * KB, js: 3 * KB, htmlCss: Math.floor(14.6 * KB) };
const CONTENT_PAGE_BUDGET: Budget = { total: 30 * KB, js: 3 * KB };

/** Larger budgets for pages that need them, by exact URL path. */
const BUDGET_OVERRIDES: ReadonlyArray<{ path: string; budget: Budget; why: string }> = [
  { path: '/checker/', budget: { total: 40 * KB, js: 15 * KB }, why: 'the eligibility checker runs the rules in the browser' },
  {
    path: '/checker/batch/',
    budget: { total: 70 * KB, js: 50 * KB },
    why: 'the roster check reads CSV and evaluates every row in the browser (the worker and the .xlsx reader load later); the page explains every roster column',
  },
  {
    path: '/bases/',
    budget: { total: 60 * KB, js: 6 * KB },
    why: 'the listing index: first page of the list, group index and filters, at any list size',
  },
  {
    path: '/ip/quiz/',
    budget: { total: 30 * KB, js: 5 * KB },
    why: 'the quiz draws, marks and reviews rounds in the browser, fetching its bank on demand',
  },
];

/** The budget for one page, by its URL path ("/", "/policy/", …). */
export function budgetFor(urlPath: string): Budget {
  if (urlPath === '/') return HOME_BUDGET;
  return BUDGET_OVERRIDES.find((rule) => urlPath === rule.path)?.budget ?? CONTENT_PAGE_BUDGET;
}
