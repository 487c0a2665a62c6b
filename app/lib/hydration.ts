/**
 * The performance mark the root route sets once React has hydrated the first page: from then on its links and
 * forms work in the browser. `npm run bench` reads it to time a slow phone's wait.
 */
export const hydratedMark = "fulcrum:hydrated";
