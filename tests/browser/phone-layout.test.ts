import { matchRoutes } from "@remix-run/react";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { verifyAgency } from "../support/admin";
import { browserSuite, expectAccessible, logIn, settled, watchedPage } from "../support/browser";
import { Client } from "../support/client";
import { routeManifest, routeTree } from "../support/route-manifest";

// Every coalition page, as a parent on a 375x812 phone sees it: the page's own heading in the top quarter of the
// screen, nothing wider than the screen, no word broken mid-word, and the coalition's sections in one row that
// works without JavaScript.
const slug = "maple-hollow-families";
const screen = { width: 375, height: 812 };
const topQuarter = screen.height / 4;

const suite = browserSuite({ seed: true }, async (server) => {
  // An Ohio agency publishes to the demo coalition (in Ohio), so its inbox has an item and an unread count.
  const staff = new Client(server.url);
  await staff.signUp("Sam Staff", "sam@ohio.example.org", "sam's long password");
  await staff.createCoalition("ohio-education", "Ohio Department of Education", "state_agency");
  await verifyAgency(server.databasePath, "ohio-education", [staff]);
  await staff.publishGuidance("ohio-education", {
    title: "Before your first meeting with the district",
    summary: "Three things to prepare.",
    body: "## First steps\n\n- Ask who decides.",
  });
});
const { run } = suite;

const manifest = routeManifest();
const tree = routeTree(manifest);
const layoutId = "routes/o.$slug+/_layout";
const routeOf = (path: string) => matchRoutes(tree, path)?.at(-1)?.route.id;

/** Pages below /o/:slug only a state agency has, which a coalition's organizer never reaches. */
const agencyOnly = /^routes\/o\.\$slug\+\/(guidance\+|verification|overview|playbook-notes)/;

/** A saved diagnostic's pages: the demo coalition has none saved, so nothing links to them. */
const notInDemo = /diagnostics\.\$diagnosticId/;

/** What a phone shows of the page: where its heading starts, how wide it is, and words split across lines. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const heading = document.querySelector("main h1");
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (const match of text.matchAll(/[\p{L}\p{N}'’]{2,}/gu)) {
        // Web and email addresses may wrap anywhere; words may not.
        const start = text.lastIndexOf(" ", match.index) + 1;
        const end = text.indexOf(" ", match.index);
        if (/[/@]|\.\w/.test(text.slice(start, end === -1 ? undefined : end))) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    // What sticks out past the screen's right edge, outside any box that scrolls or clips it, for the message.
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
        if (getComputedStyle(up).overflowX !== "visible") return true;
      return false;
    };
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > 375 + 1 && !clipped(el))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} to ${Math.round(el.getBoundingClientRect().right)}`);
    const tabs = document.querySelector(".subnav ul");
    return {
      headingTop: heading ? heading.getBoundingClientRect().top : null,
      width: document.scrollingElement!.scrollWidth,
      wide,
      broken,
      tabRowHeight: tabs ? tabs.getBoundingClientRect().height : null,
    };
  });
}

/** Whether an element lies inside the visible part of the tab row (which scrolls sideways): wholly, or in part. */
async function inTabRow(page: Page, selector: string, wholly = true) {
  return page.evaluate(
    ({ selector, wholly }) => {
      const row = document.querySelector(".subnav ul")!.getBoundingClientRect();
      const box = document.querySelector(selector)!.getBoundingClientRect();
      const inside = wholly
        ? box.left >= row.left - 1 && box.right <= row.right + 1
        : box.right > row.left + 8 && box.left < row.right - 8;
      return inside ? true : `${selector} at ${box.left}-${box.right}, row ${row.left}-${row.right}`;
    },
    { selector, wholly },
  );
}

/**
 * Tabs through the coalition's sections from the first: each link takes focus in order and is in sight as it
 * does (wholly, or at least in part where the browser alone scrolls), and focus then moves on past the row.
 */
async function tabThroughSections(page: Page, wholly: boolean) {
  const names = await page.locator(".subnav a").allTextContents();
  expect(names.length).toBeGreaterThan(5);
  const focused: string[] = [];
  await page.locator(".subnav a").first().focus();
  for (let step = 0; step <= names.length; step++) {
    if (!(await page.evaluate(() => Boolean(document.activeElement?.closest(".subnav"))))) break;
    await expect.poll(() => inTabRow(page, ":focus", wholly)).toBe(true);
    focused.push((await page.evaluate(() => document.activeElement?.textContent)) ?? "");
    await page.keyboard.press("Tab");
  }
  expect(focused).toEqual(names);
}

describe.runIf(run)("coalition pages on a 375x812 phone", () => {
  it(
    "every page an organizer reaches from the overview starts its heading in the top quarter, fits the screen, " +
      "breaks no word and is accessible",
    { timeout: 240_000 },
    async () => {
      const { page, errors } = await watchedPage(suite.browser, { viewport: screen, isMobile: true, hasTouch: true });
      await logIn(page, suite.server.url, "organizer@example.org", "fulcrum-demo-organizer");
      // One page per route: follow every link below the coalition, breadth first, from its overview.
      const queue = [`/o/${slug}`];
      const visited = new Map<string, string>();
      const downloads = new Set<string>();
      const problems: string[] = [];
      while (queue.length > 0) {
        const path = queue.shift()!;
        const routeId = routeOf(new URL(path, suite.server.url).pathname);
        if (!routeId || visited.has(routeId) || downloads.has(routeId)) continue;
        // Downloads (CSV, calendar, markdown) are not pages.
        const probe = await page.request.get(`${suite.server.url}${path}`, { maxRedirects: 0 });
        if (!probe.headers()["content-type"]?.startsWith("text/html")) {
          downloads.add(routeId);
          continue;
        }
        const response = await page.goto(`${suite.server.url}${path}`);
        if (!response) throw new Error(`no response for ${path}`);
        visited.set(routeId, path);
        expect(response.status(), path).toBe(200);
        await settled(page);
        const seen = await measure(page);
        if (seen.headingTop === null || seen.headingTop >= topQuarter)
          problems.push(`${path}: heading at ${seen.headingTop}`);
        if (seen.width > screen.width) problems.push(`${path}: ${seen.width}px wide (${seen.wide.join("; ")})`);
        if (seen.broken.length) problems.push(`${path}: words broken mid-word: ${seen.broken.join(", ")}`);
        if (seen.tabRowHeight === null || seen.tabRowHeight > 60)
          problems.push(`${path}: tab row ${seen.tabRowHeight}px high`);
        await expectAccessible(page);
        const links = await page
          .locator(`a[href^="/o/${slug}"]`)
          .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!.split("#")[0]!));
        queue.push(...links);
      }
      expect(problems).toEqual([]);
      // Every coalition page in the route manifest was among them (downloads and agency pages aside).
      const pages = manifest.filter(
        (route) =>
          route.id.startsWith("routes/o.$slug+/") &&
          route.id !== layoutId &&
          !agencyOnly.test(route.id) &&
          !notInDemo.test(route.id) &&
          !downloads.has(route.id) &&
          !visited.has(route.id),
      );
      expect(
        pages.map((route) => route.id),
        `visited: ${[...visited.values()].join(" ")}`,
      ).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it("without JavaScript, the tab row opens on the current page, and every tab can be reached by keyboard and used", async () => {
    const { page, errors } = await watchedPage(suite.browser, { viewport: screen, javaScriptEnabled: false });
    await logIn(page, suite.server.url, "organizer@example.org", "fulcrum-demo-organizer");
    // Settings is the last tab: off to the right of a phone's screen unless the row opens on it.
    await page.goto(`${suite.server.url}/o/${slug}/settings`);
    const current = '.subnav a[aria-current="page"]';
    expect(await page.locator(current).textContent()).toBe("Settings");
    expect(await inTabRow(page, current)).toBe(true);
    expect((await measure(page)).headingTop).toBeLessThan(topQuarter);

    // Without JavaScript the browser scrolls a tab into sight only when none of it shows.
    await tabThroughSections(page, false);

    // The unread count is in the tab's name, and following the tab works as a plain link.
    const guidance = page.getByRole("navigation", { name: /sections/ }).getByRole("link", { name: /^Guidance/ });
    expect(await guidance.getAttribute("href")).toBe(`/o/${slug}/inbox`);
    expect(await guidance.evaluate((a) => a.textContent)).toBe("Guidance1Guidance, 1 unread");
    expect(await page.getByRole("link", { name: "Guidance, 1 unread" }).count()).toBe(1);
    await Promise.all([page.waitForURL(/\/inbox$/), guidance.click()]);
    expect(await page.locator(current).textContent()).toContain("Guidance");
    expect(await inTabRow(page, current)).toBe(true);
    expect(errors).toEqual([]);
  });

  it("with JavaScript, the current tab and every tab that takes focus are wholly in sight", async () => {
    const { page, errors } = await watchedPage(suite.browser, { viewport: screen, isMobile: true, hasTouch: true });
    await logIn(page, suite.server.url, "organizer@example.org", "fulcrum-demo-organizer");
    await page.goto(`${suite.server.url}/o/${slug}`);
    const nav = page.getByRole("navigation", { name: /sections/ });
    for (const name of ["Settings", "Members", "Overview"]) {
      await nav.getByRole("link", { name, exact: true }).click();
      await settled(page);
      await expect.poll(() => page.locator('.subnav a[aria-current="page"]').textContent()).toBe(name);
      await expect.poll(() => inTabRow(page, '.subnav a[aria-current="page"]')).toBe(true);
      expect((await measure(page)).headingTop).toBeLessThan(topQuarter);
    }
    await tabThroughSections(page, true);
    expect(errors).toEqual([]);
  });
});
