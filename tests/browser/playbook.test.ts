import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answersForPureType, cueAnswerLabels, cueQuestions, whoAnswerLabels } from "~/lib/typology/diagnostic";
import { domains } from "~/lib/typology/vocabulary";
import { browserSuite, expectAccessible, watchedPage } from "../support/browser";
import { Client } from "../support/client";
import { parseMarkdown, section, tables } from "../support/markdown";

const suite = browserSuite({}, async (server) => {
  const owner = new Client(server.url);
  await owner.signUp("Pat Playbook", "pat@example.org", "pat's long password");
  await owner.createCoalition("new-coalition", "New Coalition");
  await owner.createDistrict("new-coalition", "Unknown Type District");
});
const { run } = suite;

describe.runIf(run)("from 'we don't know' to a downloaded playbook, on a phone", () => {
  it("takes the diagnostic, declares the nearest type with an override, and downloads the playbook", async () => {
    const { page, errors } = await watchedPage(suite.browser);
    await page.goto(`${suite.server.url}/login`);
    await page.getByLabel("Email").fill("pat@example.org");
    await page.getByLabel("Password").fill("pat's long password");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForURL(/\/home$/);
    await page.goto(`${suite.server.url}/o/new-coalition/districts`);
    await page.getByRole("link", { name: "Unknown Type District" }).click();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Take the diagnostic questionnaire" }).click();
    await page.waitForURL(/\/diagnostics\/new$/);
    await expectAccessible(page);

    // Answer as a volunteer in a networked district would; skip one question first to see the error.
    const answers = answersForPureType("networked");
    const whoLabels = whoAnswerLabels;
    const cueLabels = cueAnswerLabels;
    const groups = page.locator("fieldset");
    for (const [index, domain] of domains.entries()) {
      if (index === 0) continue;
      await groups.nth(index).getByLabel(whoLabels[answers.who[domain]], { exact: true }).check();
    }
    for (const [index, cue] of cueQuestions.entries()) {
      await groups
        .nth(domains.length + index)
        .getByLabel(cueLabels[answers.cues[cue.id]], { exact: true })
        .check();
    }
    await page.getByRole("button", { name: "See the results" }).click();
    await expect
      .poll(() => page.locator("#who_environment-error").textContent())
      .toContain("Choose who does this work");
    await expectAccessible(page);
    expect(await groups.nth(1).getByLabel(whoLabels[answers.who.infrastructure], { exact: true }).isChecked()).toBe(
      true,
    );
    await groups.nth(0).getByLabel(whoLabels[answers.who.environment], { exact: true }).check();
    await page.getByRole("button", { name: "See the results" }).click();
    await page.waitForURL(/\/diagnostics\/[A-Za-z0-9_-]+$/);
    await expect.poll(() => page.locator(".score__title").first().textContent()).toMatch(/^1\. Networked: \d+% match$/);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Declare networked" }).click();
    await page.waitForURL(/\/declare\?/);
    expect(await page.getByRole("radio", { name: /^Networked/ }).isChecked()).toBe(true);
    await page.getByText("Adjust the leverage map for what you have observed").click();
    const cell = page
      .locator("fieldset.override")
      .filter({ hasText: "Managing environmental relationships · Schools" });
    await cell.getByLabel("Level").selectOption("primary");
    await cell.getByLabel("What you observed").fill("Every school runs a family council that shapes its plan");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save declaration and see the playbook" }).click();
    await page.waitForURL(/\/playbook$/);
    await expect
      .poll(() => page.locator(".playbook h1").textContent())
      .toBe("Playbook: Unknown Type District (district-wide)");
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download as markdown" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("playbook-unknown-type-district-district-wide-networked.md");
    const markdown = readFileSync((await download.path())!, "utf8");
    const tree = parseMarkdown(markdown);
    expect(tables(section(tree, "Leverage map"))[0]!.children).toHaveLength(6);
    expect(markdown).toContain("Observed by your coalition: Every school runs a family council that shapes its plan");

    await page.goto(page.url().replace(/\/playbook$/, ""));
    await expect.poll(() => page.getByRole("heading", { name: "District-wide: Networked" }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Declaration history" }).click();
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
});
