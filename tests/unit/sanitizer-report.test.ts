// The guidance preview tells its author what the sanitizer removed: found by comparing before and after, so it
// names exactly what went, and nothing Markdown itself produced.
import { describe, expect, it } from "vitest";

import { renderMarkdownReport } from "~/lib/markdown.server";

describe("what the sanitizer removed", () => {
  it("names removed elements, attributes and unsafe links", () => {
    const { html, removed } = renderMarkdownReport(
      'Hi <script>alert(1)</script> <p onclick="x()">p</p> [a](javascript:alert(1)) <a href="//evil.example">b</a>',
    );
    expect(removed).toEqual([
      { kind: "element", name: "<script>", count: 1 },
      { kind: "attribute", name: "onclick", count: 1 },
      { kind: "schemeLink", name: "javascript:", count: 1 },
      { kind: "protocolRelativeLink", name: "//", count: 1 },
    ]);
    expect(html).not.toMatch(/script|onclick|javascript|evil/);
  });

  it("counts repeats and reports nothing for plain Markdown", () => {
    expect(renderMarkdownReport('<iframe src="x"></iframe><iframe src="y"></iframe>').removed).toEqual([
      { kind: "element", name: "<iframe>", count: 2 },
    ]);
    const plain =
      "## Plan\n\n1. one\n2. two\n\n```js\nx()\n```\n\n- [ ] task\n\n[site](https://example.org) | a |\n|---|\n";
    expect(renderMarkdownReport(plain).removed).toEqual([]);
  });
});
