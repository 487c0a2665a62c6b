import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { hydratedMark } from "~/lib/hydration";

import { browserSuite, logIn, watchedPage } from "../support/browser";

// A page's first Intl formatter costs the browser ICU's start-up (about 50 ms of CPU here, a quarter of a second on
// the bench's slow phone), paid while the page hydrates. The pages a phone opens most show their dates and counts
// as the server wrote them, so hydrating them builds no date or number formatter (i18next's plural rules, which
// start in well under a millisecond, are the one Intl object they need).
const slug = "maple-hollow-families";
const suite = browserSuite({ seed: true });
const { run } = suite;

const recordIntl = `
  window.__intl = [];
  for (const name of ["DateTimeFormat", "NumberFormat", "RelativeTimeFormat", "ListFormat", "Collator"]) {
    const Original = Intl[name];
    const Recorded = function (...args) { window.__intl.push(name); return new Original(...args); };
    Recorded.prototype = Original.prototype;
    Recorded.supportedLocalesOf = Original.supportedLocalesOf;
    Intl[name] = Recorded;
  }
  for (const [type, method] of [[Number, "toLocaleString"], [Date, "toLocaleString"], [Date, "toLocaleDateString"],
      [Date, "toLocaleTimeString"]]) {
    const original = type.prototype[method];
    type.prototype[method] = function (...args) { window.__intl.push(type.name + "." + method); return original.apply(this, args); };
  }
`;

async function formattersWhileHydrating(page: Page, path: string): Promise<string[]> {
  await page.goto(suite.server.url + path);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, hydratedMark);
  return page.evaluate(() => (window as unknown as { __intl: string[] }).__intl);
}

describe.runIf(run)("the pages a phone opens most", () => {
  it.each(["en", "es"])("hydrate without building a date or number formatter (%s)", async (language) => {
    const { page, errors } = await watchedPage(suite.browser);
    await page.context().addInitScript({ content: recordIntl });
    await logIn(page, suite.server.url, "organizer@example.org", "fulcrum-demo-organizer");
    // The switcher's cookie, as the server writes it (a Remix cookie: base64 JSON).
    const value = encodeURIComponent(Buffer.from(JSON.stringify(language)).toString("base64"));
    await page.context().addCookies([{ name: "fulcrum_lang", value, url: suite.server.url }]);
    const district = suite.server
      .database()
      .prepare("select d.id from districts d join organizations o on o.id = d.organization_id where o.slug = ?")
      .get(slug) as { id: string };
    for (const path of [`/o/${slug}`, `/o/${slug}/tasks?overdue=1`, `/o/${slug}/districts/${district.id}/playbook`]) {
      expect(await formattersWhileHydrating(page, path), path).toEqual([]);
      // The recorder sees formatters: a page that formats a date in the browser is caught.
      expect(await page.evaluate(() => new Date(0).toLocaleDateString("en-US")), path).toBe("1/1/1970");
      expect(await page.evaluate(() => (window as unknown as { __intl: string[] }).__intl), path).toEqual([
        "Date.toLocaleDateString",
      ]);
    }
    expect(await page.locator("html").getAttribute("lang")).toBe(language);
    expect(errors).toEqual([]);
  });
});
