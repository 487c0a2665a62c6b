import { describe, expect, it } from "vitest";

import { browserSuite, expectAccessible, logIn, watchedPage } from "../support/browser";
import { operatorAccount, operatorServer, setUpOperatorWorld } from "../support/operator-fixture";

let opsSecret: string | undefined;

const suite = browserSuite(operatorServer, async (server) => {
  ({ opsSecret } = await setUpOperatorWorld(server));
});
const { run } = suite;

describe.runIf(run)("reports", () => {
  it("are sent from a phone, and an operator reads and acts on them", async () => {
    const coalition = await watchedPage(suite.browser);
    await logIn(coalition.page, suite.server.url, "organizer@example.org", "fulcrum-demo-organizer");
    await coalition.page.goto(`${suite.server.url}/o/maple-hollow-families/inbox`);
    await coalition.page.getByRole("link", { name: "Sign up by Friday" }).click();
    await coalition.page.waitForURL(/inbox\/[A-Za-z0-9_-]{16}$/);
    await coalition.page.getByText("Report this guidance or this agency").click();
    await coalition.page.getByRole("button", { name: "Send the report" }).click();
    await expect.poll(() => coalition.page.locator(".field__error").count()).toBeGreaterThan(0);
    await expectAccessible(coalition.page);
    await coalition.page.getByLabel("This guidance").check();
    await coalition.page.getByLabel("What is wrong?").fill("The sign-up closes on Thursday.");
    await coalition.page.getByRole("button", { name: "Send the report" }).click();
    await expect.poll(() => coalition.page.getByRole("status").first().textContent()).toContain("Your report went");
    await expectAccessible(coalition.page);

    const operator = await watchedPage(suite.browser);
    await logIn(operator.page, suite.server.url, operatorAccount.email, operatorAccount.password, opsSecret);
    await operator.page.goto(`${suite.server.url}/operator/reports`);
    await expectAccessible(operator.page);
    await operator.page.getByRole("link", { name: /This guidance: Sign up by Friday/ }).click();
    await operator.page.waitForURL(/operator\/reports\/[A-Za-z0-9_-]{16}$/);
    expect(await operator.page.locator("article").textContent()).toContain("Wrong dates here.");
    await expectAccessible(operator.page);
    await operator.page.getByLabel(/Suspend Ohio Department of Education/).fill("Dates were wrong.");
    await operator.page.getByRole("button", { name: "Suspend the agency" }).click();
    await expect.poll(() => operator.page.locator("ol").first().textContent()).toContain("Suspended the agency");
    await expectAccessible(operator.page);
    expect(coalition.errors).toEqual([]);
    expect(operator.errors).toEqual([]);
  });
});
