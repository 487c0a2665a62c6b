import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { projectRoot } from "~/lib/project-root.server";
import { allCells } from "~/lib/typology";
import { answersForPureType, cueAnswerKeys, cueQuestions, whoAnswerKeys } from "~/lib/typology/diagnostic";
import { domains } from "~/lib/typology/vocabulary";

import { browserSuite, expectAccessible, watchedPage } from "../support/browser";
import { messagesIn } from "../support/catalog";
import { Client } from "../support/client";
import { parseMarkdown, section, tables } from "../support/markdown";

const suite = browserSuite({}, async (server) => {
  const owner = new Client(server.url);
  await owner.signUp("Pat Playbook", "pat@example.org", "pat's long password");
  await owner.createCoalition("new-coalition", "New Coalition");
  await owner.createDistrict("new-coalition", "Unknown Type District");
  const declared = await owner.createDistrict("new-coalition", "Federated Unified");
  const fields: Record<string, string> = { context: "", systemType: "federated", note: "" };
  for (const { key } of allCells) {
    fields[`override_${key.replace(".", "__")}`] = key === "use.school" ? "secondary" : "type";
    fields[`overrideNote_${key.replace(".", "__")}`] = key === "use.school" ? "Coaching here is thin" : "";
  }
  await owner.post(`/o/new-coalition/districts/${declared}/declare`, fields);
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
    const t = messagesIn("en", "diagnostic");
    const whoLabels = (answer: keyof typeof whoAnswerKeys) => t(whoAnswerKeys[answer]);
    const cueLabels = (answer: keyof typeof cueAnswerKeys) => t(cueAnswerKeys[answer]);
    const groups = page.locator("fieldset");
    for (const [index, domain] of domains.entries()) {
      if (index === 0) continue;
      await groups.nth(index).getByLabel(whoLabels(answers.who[domain]), { exact: true }).check();
    }
    for (const [index, cue] of cueQuestions.entries()) {
      await groups
        .nth(domains.length + index)
        .getByLabel(cueLabels(answers.cues[cue.id]), { exact: true })
        .check();
    }
    await page.getByRole("button", { name: "See the results" }).click();
    await expect
      .poll(() => page.locator("#who_environment-error").textContent())
      .toContain("Choose who does this work");
    await expectAccessible(page);
    expect(await groups.nth(1).getByLabel(whoLabels(answers.who.infrastructure), { exact: true }).isChecked()).toBe(
      true,
    );
    await groups.nth(0).getByLabel(whoLabels(answers.who.environment), { exact: true }).check();
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
      .filter({ hasText: "Handling outside demands and family wishes · Schools" });
    await cell.getByLabel("Level").selectOption("primary");
    await cell.getByLabel("What you observed").fill("Every school runs a family council that shapes its plan");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save declaration and see the playbook" }).click();
    await page.waitForURL(/\/playbook$/);
    await expect
      .poll(() => page.locator(".playbook h1").textContent())
      .toBe("Playbook: Unknown Type District (district-wide)");
    await expectAccessible(page);
    // The playbook opens with three things to do, each naming who, when and which record to ask for.
    const moves = page.locator("#first-moves + div > ol > li");
    expect(await moves.count()).toBe(3);
    for (const text of await moves.allTextContents()) expect(text).toMatch(/Who:.+When:.+Ask for:.+/s);

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

describe.runIf(run)("the playbook page", () => {
  const artifacts = join(projectRoot(), "tests/.artifacts");

  /** Pat on a phone, signed in, reading in `language` (chosen with the footer's switcher), at Federated Unified. */
  async function onPhoneAtDistrict(language: "en" | "es") {
    const watched = await watchedPage(suite.browser, {
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    const { page } = watched;
    await page.goto(`${suite.server.url}/login`);
    await page.getByLabel("Email").fill("pat@example.org");
    await page.getByLabel("Password").fill("pat's long password");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForURL(/\/home$/);
    if (language !== "en") {
      // As a person would choose: the switcher saves it to the account.
      await page.locator(`button[name=language][value=${language}]`).click();
      await page.waitForLoadState("networkidle");
    }
    await page.goto(`${suite.server.url}/o/new-coalition/districts`);
    await page.getByRole("link", { name: "Federated Unified" }).click();
    await page.waitForURL(/\/districts\/[^/]+$/);
    return watched;
  }

  it("opens with the first three moves on a phone, reads the map at a glance without breaking words, and is axe-clean", async () => {
    const { page, errors } = await onPhoneAtDistrict("en");
    await page.getByRole("link", { name: /^Open the playbook/ }).click();
    await page.waitForURL(/\/playbook$/);
    await expectAccessible(page);

    // Near the top: the first move's heading is on the first or second screen of a phone.
    const heading = await page.locator("#first-moves").boundingBox();
    expect(heading!.y).toBeLessThan(2 * 812);
    const firstMove = await page.locator("#first-moves + div > ol > li").first().boundingBox();
    expect(firstMove!.y).toBeLessThan(2 * 812);
    // Contents, then the moves, then the map.
    const contents = await page.getByRole("navigation", { name: "In this playbook" }).allTextContents();
    expect(contents.join(" ")).toMatch(/Your first three moves.*Leverage map.*Appendix/s);

    // The map: every cell says its level in words and shape, and how sure; the coalition's correction shows.
    const cells = page.locator(".leverage-table td");
    expect(await cells.count()).toBe(10);
    for (const text of await cells.allTextContents())
      expect(text).toMatch(
        /(●●● Main lever|●●○ Second lever|●○○ Little leverage) (Said outright|Our reading|Our inference|observed)/,
      );
    expect(await page.locator('td[data-cell="use.school"]').textContent()).toContain("observed");
    expect(await page.locator(".leverage-legend").textContent()).toContain("●●● Main lever (primary)");

    // No word in the map wraps onto two lines: each word's text sits in one line box.
    const brokenWords = await page.evaluate(() => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(document.querySelector(".leverage-table")!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
      return broken;
    });
    expect(brokenWords).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    // The appendix is collapsed, and opens.
    const appendix = page.locator("details#how-to-read");
    expect(await appendix.evaluate((node) => (node as HTMLDetailsElement).open)).toBe(false);
    await appendix.locator("summary").click();
    expect(await appendix.evaluate((node) => (node as HTMLDetailsElement).open)).toBe(true);
    await expectAccessible(page);
    await appendix.locator("summary").click();

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "playbook-375.png"), fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(artifacts, "playbook-375-top.png") });
    await page.locator(".playbook__map").screenshot({ path: join(artifacts, "playbook-375-map.png") });
    await page.locator(".playbook__primary").screenshot({ path: join(artifacts, "playbook-375-levers.png") });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: join(artifacts, "playbook-1280.png"), fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(artifacts, "playbook-1280-top.png") });
    await page.locator(".playbook__map").screenshot({ path: join(artifacts, "playbook-1280-map.png") });
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: join(artifacts, "playbook-print.png"), fullPage: true });
    expect(errors).toEqual([]);
  });

  it("shows every section's words the same loaded as a page or reached by a link, before and after hydration", async () => {
    const { page, errors } = await onPhoneAtDistrict("en");
    const district = page.url();
    // A first load: the words come once, in the page, and hydration keeps every one of them, as a browser
    // without JavaScript shows them.
    const noScript = await suite.browser.newContext({
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
    });
    const plain = await noScript.newPage();
    await plain.goto(`${district}/playbook`);
    const article = (on = page) => on.locator("article.playbook").evaluate((node) => node.textContent ?? "");
    const withoutScripts = await article(plain);
    await noScript.close();
    await page.goto(`${district}/playbook`);
    await page.waitForFunction(() => performance.getEntriesByName("fulcrum:hydrated").length > 0);
    const loaded = await article();
    expect(loaded).toBe(withoutScripts);
    for (const id of ["first-moves", "type", "primary", "moving", "how-to-read", "cross-cutting", "sources"]) {
      const section = page.locator(`[id="${id}"]`);
      const words = await section.evaluate((node) => (node.closest("details, section") ?? node).textContent ?? "");
      expect(words.length, id).toBeGreaterThan(200);
    }
    // Reached by a link inside the app, the page's data brings the words itself: the same page.
    await page.goto(district);
    await page.getByRole("link", { name: /^Open the playbook/ }).click();
    await page.waitForURL(/\/playbook$/);
    await page.locator("details#sources").waitFor({ state: "attached" });
    expect(await article()).toBe(loaded);
    expect(errors).toEqual([]);
  });

  it("reads in Spanish on a phone, hydrates without a word of English or a raw key, and is axe-clean", async () => {
    const { page, errors } = await onPhoneAtDistrict("es");
    await page.goto(`${page.url()}/playbook`);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("html").getAttribute("lang")).toBe("es");
    const contents = await page.getByRole("navigation", { name: "En esta guía de acción" }).allTextContents();
    expect(contents.join(" ")).toMatch(/Sus tres primeros pasos.*Palancas principales \(primaria\).*Apéndice/s);
    // After hydration the controls still speak Spanish (their namespace came with the page).
    expect(await page.getByRole("link", { name: "Agregar una persona clave aquí" }).first().isVisible()).toBe(true);
    const text = (await page.locator("article.playbook").textContent()) ?? "";
    expect(text).not.toMatch(/playbook(-page)?:|Add a target here|Plan this ask|Your first three moves/);
    // Nothing in the playbook runs off a phone's screen, though Spanish runs longer. (The site header's own
    // Spanish words are the header's matter.)
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("article.playbook *")]
        .filter((el) => el.getBoundingClientRect().right > 375)
        .map((el) => `${el.tagName} ${(el.textContent ?? "").slice(0, 60)}`),
    );
    expect(wide).toEqual([]);
    await expectAccessible(page);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "playbook-es-375.png"), fullPage: true });
    expect(errors).toEqual([]);
  });
});
