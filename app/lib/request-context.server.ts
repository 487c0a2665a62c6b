import { AsyncLocalStorage } from "node:async_hooks";

// What one HTTP request carries through its loaders: how many SQL statements it ran (reported in its
// Server-Timing header, so a page that starts querying once per row shows up and tests can hold pages to a
// fixed count) and lookups that every loader of a page needs (the session, the membership), made once.
type RequestContext = { queries: number; reads: boolean; memo: Map<string, unknown> };

// Kept on globalThis, as the database connection is: in development a rebuild loads a new copy of this module
// while the server's middleware (and the connection's query counter) still hold the first one.
const globalForContext = globalThis as { __fulcrumRequestContext?: AsyncLocalStorage<RequestContext> };
const current = (globalForContext.__fulcrumRequestContext ??= new AsyncLocalStorage<RequestContext>());

export function withRequestContext<T>(method: string, work: () => T): T {
  return current.run({ queries: 0, reads: method === "GET" || method === "HEAD", memo: new Map() }, work);
}

/** Called by the database driver for every statement it runs. */
export function recordQuery(): void {
  const context = current.getStore();
  if (context) context.queries++;
}

/** A Server-Timing value saying how many statements the current request has run so far. */
export function queryTiming(): string | null {
  const context = current.getStore();
  return context ? `db;desc="${context.queries} queries"` : null;
}

/**
 * The value computed once per page request under this key. Only reads are memoized: a form post may change
 * what it reads (a role, a session) before its page's loaders run again in the same request.
 */
export function oncePerRequest<T>(key: string, compute: () => T): T {
  const context = current.getStore();
  if (!context?.reads) return compute();
  if (!context.memo.has(key)) context.memo.set(key, compute());
  return context.memo.get(key) as T;
}
