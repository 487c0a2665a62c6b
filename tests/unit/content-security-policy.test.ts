import { describe, expect, it } from "vitest";

import { contentSecurityPolicy } from "../../scripts/content-security-policy.js";

const directives = (policy: string) => policy.split("; ");

describe("the content security policy", () => {
  it("lets production scripts connect to this origin only", () => {
    const policy = contentSecurityPolicy("abc", undefined);
    expect(directives(policy)).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/wss?:/);
  });

  it("adds the reload socket in development to connect-src alone, keeping every other rule of production", () => {
    const production = directives(contentSecurityPolicy("abc", undefined));
    const development = directives(contentSecurityPolicy("abc", "ws://localhost:3001"));
    expect(development).toContain("connect-src 'self' ws://localhost:3001");
    expect(development.filter((rule) => !rule.startsWith("connect-src"))).toEqual(
      production.filter((rule) => !rule.startsWith("connect-src")),
    );
  });
});
