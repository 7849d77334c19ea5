// The links of the DSFR pagination (views/partials/pagination.hbs), for every paginated page.

export interface PageLink {
  label: string;
  href?: string;
  current?: boolean;
  ellipsis?: boolean;
}

export interface Pagination {
  first?: string;
  previous?: string;
  next?: string;
  last?: string;
  pages: PageLink[];
}

/**
 * First, previous, the numbered pages (the first, the last and two either side of the current one,
 * with ellipses between), next, last. Undefined when there is a single page.
 */
export function pagination(
  current: number,
  pageCount: number,
  hrefOf: (page: number) => string,
): Pagination | undefined {
  if (pageCount <= 1) return undefined;
  const numbers = new Set([1, pageCount, current - 2, current - 1, current, current + 1, current + 2]);
  const pages: PageLink[] = [];
  let previous = 0;
  for (const number of [...numbers].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b)) {
    if (number > previous + 1) pages.push({ label: '…', ellipsis: true });
    pages.push({ label: String(number), href: hrefOf(number), current: number === current });
    previous = number;
  }
  const link = (page: number, enabled: boolean) => (enabled ? hrefOf(page) : undefined);
  return {
    first: link(1, current > 1),
    previous: link(current - 1, current > 1),
    next: link(current + 1, current < pageCount),
    last: link(pageCount, current < pageCount),
    pages,
  };
}

/** Links to the other pages of a URL: its other parameters kept as they are, `page` set. */
export function pageHrefKeepingQuery(currentUrl: string): (page: number) => string {
  return (page) => {
    const url = new URL(currentUrl, 'http://localhost');
    url.searchParams.set('page', String(page));
    return `${url.pathname}?${url.searchParams.toString()}`;
  };
}
