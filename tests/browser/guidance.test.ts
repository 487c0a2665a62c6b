import { describe, expect, it } from "vitest";

import { verifyAgency } from "../support/admin";
import { browserSuite, expectAccessible, logIn, watchedPage } from "../support/browser";
import { Client } from "../support/client";

let staffSecret: string | undefined;

// The demo coalition is in Ohio; an Ohio agency joins it on this server.
const suite = browserSuite({ seed: true }, async (server) => {
  const staff = new Client(server.url);
  await staff.signUp("Sam Staff", "sam@ohio.example.org", "sam's long password");
  await staff.createCoalition("ohio-education", "Ohio Department of Education", "state_agency");
  [staffSecret] = await verifyAgency(server.databasePath, "ohio-education", [staff]);
});
const { run } = suite;

describe.runIf(run)("guidance from a state agency", () => {
  it("is published by the agency, acknowledged by a coalition on a phone, and the agency sees it", async () => {
    const agency = await watchedPage(suite.browser);
    await logIn(agency.page, suite.server.url, "sam@ohio.example.org", "sam's long password", staffSecret);
    await agency.page.goto(`${suite.server.url}/o/ohio-education/guidance`);
    await expectAccessible(agency.page);
    await agency.page.getByRole("link", { name: "Write guidance" }).click();
    await agency.page.waitForURL(/guidance\/new$/);
    await expectAccessible(agency.page);
    await agency.page.getByLabel("Title").fill("Before your first meeting with the district");
    await agency.page.getByLabel("Summary (optional)").fill("Three things to prepare.");
    await agency.page.getByRole("button", { name: "Save draft" }).click();
    await agency.page.waitForURL(/guidance\/[A-Za-z0-9_-]{16}$/);
    await expectAccessible(agency.page);
    await agency.page.getByRole("button", { name: "Publish to coalitions" }).click();
    await expect.poll(() => agency.page.locator(".muted").first().textContent()).toContain("Published, version 1");

    const coalition = await watchedPage(suite.browser);
    await logIn(coalition.page, suite.server.url, "organizer@example.org", "fulcrum-demo-organizer");
    await coalition.page.goto(`${suite.server.url}/o/maple-hollow-families/inbox`);
    await expectAccessible(coalition.page);
    await coalition.page.getByRole("link", { name: "Before your first meeting with the district" }).click();
    await coalition.page.waitForURL(/inbox\/[A-Za-z0-9_-]{16}$/);
    expect(await coalition.page.locator("article").textContent()).toContain("First steps");
    await expectAccessible(coalition.page);
    await coalition.page.getByRole("button", { name: "Acknowledge" }).click();
    await expect.poll(() => coalition.page.locator(".muted").first().textContent()).toContain("Acknowledged");

    // Nothing is live: no month has ended since this guidance went out, and no coalition in Ohio shares.
    await agency.page.goto(`${suite.server.url}/o/ohio-education/overview`);
    await expectAccessible(agency.page);
    const row = agency.page.getByRole("row", { name: /Before your first meeting/ });
    expect(await row.textContent()).toContain("Counted after this month ends");
    // The server's pass may already have recorded last month for Ohio (with nobody sharing) or not yet.
    const main = await agency.page.locator("main").textContent();
    expect(main).toMatch(/Nothing has been recorded yet|Fewer than 5 coalitions in Ohio shared/);
    expect(await agency.page.getByRole("row", { name: /^Networked/ }).count()).toBe(0);
    expect((await agency.page.goto(`${suite.server.url}/o/maple-hollow-families`))!.status()).toBe(404);
    await agency.page.goto(`${suite.server.url}/o/ohio-education/playbook-notes`);
    await expectAccessible(agency.page);
    await agency.page.goto(`${suite.server.url}/o/ohio-education/guidance`);
    await agency.page.getByRole("link", { name: "Before your first meeting with the district" }).click();
    await agency.page.waitForURL(/guidance\/[A-Za-z0-9_-]{16}$/);
    await agency.page.getByRole("link", { name: "Edit" }).click();
    await agency.page.waitForURL(/\/edit$/);
    await expectAccessible(agency.page);
    await coalition.page.goto(`${suite.server.url}/o/maple-hollow-families/settings`);
    await expectAccessible(coalition.page);
    expect(agency.errors).toEqual([]);
    expect(coalition.errors).toEqual([]);
  });
});
