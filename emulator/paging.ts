/** `start`/`max` paging and the RFC 5988 `Link: <url>; rel="next"` header. */
import { WebexError } from "./errors";

export interface Paging {
  start: number;
  max: number;
}

/** One value of a query parameter; the first when it is repeated. */
export function queryValue(query: unknown, key: string): string | undefined {
  const value = (query as Record<string, unknown> | undefined)?.[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
}

function parseCount(raw: string | undefined, name: string, min: number, max: number): number | undefined {
  if (raw === undefined || raw === "") return undefined;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) throw WebexError.badRequest(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}.`);
  return n;
}

export function parsePaging(query: unknown, limits: { defaultMax: number; maxMax: number }): Paging {
  return {
    start: parseCount(queryValue(query, "start"), "start", 0, Number.MAX_SAFE_INTEGER) ?? 0,
    max: parseCount(queryValue(query, "max"), "max", 1, limits.maxMax) ?? limits.defaultMax,
  };
}

export interface Page<T> {
  items: T[];
  /** The `Link` header value when more items follow. */
  link?: string;
}

/**
 * The page of `items` at `paging`. When more follow, the next page's absolute URL keeps every
 * query parameter of the request (filters, orgId) with `start` moved on and `max` set.
 */
export function paginate<T>(items: readonly T[], paging: Paging, requestUrl: string): Page<T> {
  const end = paging.start + paging.max;
  const page = items.slice(paging.start, end);
  if (end >= items.length) return { items: page };
  const next = new URL(requestUrl);
  next.searchParams.set("start", String(end));
  next.searchParams.set("max", String(paging.max));
  return { items: page, link: `<${next.toString()}>; rel="next"` };
}
