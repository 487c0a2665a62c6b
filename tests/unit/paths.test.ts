import { describe, expect, it } from "vitest";

import { href, routePatterns } from "~/lib/paths";

describe("href", () => {
  it("fills each :name of the pattern, a file suffix after a name kept", () => {
    expect(href("/o/:slug/tasks/:taskId", { slug: "parents-for-reading", taskId: "t1" })).toBe(
      "/o/parents-for-reading/tasks/t1",
    );
    expect(
      href("/o/:slug/campaigns/:campaignId/meetings/:meetingId.ics", { slug: "a", campaignId: "c", meetingId: "m" }),
    ).toBe("/o/a/campaigns/c/meetings/m.ics");
    expect(href("/o/:slug/districts/:districtId/playbook.md", { slug: "a", districtId: 7 })).toBe(
      "/o/a/districts/7/playbook.md",
    );
    expect(href("/home")).toBe("/home");
    expect(href("/")).toBe("/");
  });

  it("keeps a value inside its own segment, whatever characters it holds", () => {
    const url = href("/o/:slug/campaigns/:campaignId", { slug: "a/../../operator", campaignId: "x?admin=1#top" });
    expect(url).toBe("/o/a%2F..%2F..%2Foperator/campaigns/x%3Fadmin%3D1%23top");
    const parsed = new URL(url, "http://fulcrum.test");
    expect(parsed.pathname.split("/")).toHaveLength(5);
    expect(parsed.search).toBe("");
    expect(parsed.hash).toBe("");
    expect(decodeURIComponent(parsed.pathname.split("/")[2] ?? "")).toBe("a/../../operator");
  });

  it("leaves URL-safe ids exactly as they are, so links stay byte-identical", () => {
    const id = "aZ09-_.~";
    expect(href("/unsubscribe/:token", { token: id })).toBe(`/unsubscribe/${id}`);
  });

  it("appends the query in the order given and drops the entries that are not set", () => {
    expect(href("/o/:slug/tasks", { slug: "a" }, { campaign: "c1", status: "open" })).toBe(
      "/o/a/tasks?campaign=c1&status=open",
    );
    expect(
      href("/o/:slug/tasks", { slug: "a" }, { mine: true, overdue: false, campaign: "", status: null, q: undefined }),
    ).toBe("/o/a/tasks?mine=1");
    expect(href("/o/:slug/tasks", { slug: "a" }, { page: 2 })).toBe("/o/a/tasks?page=2");
    expect(href("/o/:slug/tasks", { slug: "a" }, {})).toBe("/o/a/tasks");
    expect(href("/login", {}, { redirectTo: "/o/a/tasks?mine=1" })).toBe(
      "/login?redirectTo=%2Fo%2Fa%2Ftasks%3Fmine%3D1",
    );
  });

  it("takes a URLSearchParams as it is, repeated names included", () => {
    const query = new URLSearchParams([
      ["status", "open"],
      ["status", "done"],
    ]);
    expect(href("/o/:slug/tasks", { slug: "a" }, query)).toBe("/o/a/tasks?status=open&status=done");
    expect(href("/o/:slug/tasks", { slug: "a" }, new URLSearchParams())).toBe("/o/a/tasks");
  });

  it("refuses, in the types and at run time, a pattern that is not a route and a missing parameter", () => {
    // @ts-expect-error: not a route of the app (the page is "/o/:slug/tasks")
    expect(() => href("/o/:slug/task", { slug: "a" })).toThrow(/not a route/);
    // @ts-expect-error: the task's id is missing
    expect(() => href("/o/:slug/tasks/:taskId", { slug: "a" })).toThrow(/:taskId/);
    // @ts-expect-error: a pattern with parameters needs them
    expect(() => href("/o/:slug/tasks")).toThrow(/:slug/);
    // @ts-expect-error: a parameter the pattern does not have
    expect(href("/o/:slug", { slug: "a", campaignId: "c" })).toBe("/o/a");
    // @ts-expect-error: the suffix is not part of the parameter's name
    expect(() => href("/o/:slug/districts/:districtId/playbook.md", { slug: "a", "districtId.md": "d" })).toThrow();
  });

  it("lists every pattern once", () => {
    expect(new Set(routePatterns).size).toBe(routePatterns.length);
  });
});
