import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

import { describe, expect, it } from "vitest";

import { cellsIn, renderPlaybook } from "~/lib/playbook";
import { playbookContent } from "~/lib/playbook-content.server";
import { projectRoot } from "~/lib/project-root.server";
import { resolveLeverageMap } from "~/lib/typology";
import { contextKindGuides } from "~/lib/typology/context-kinds";

const run = promisify(execFile);
const root = projectRoot();

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      join(root, "node_modules/.bin/tsx"),
      [join(root, "scripts/playbook.ts"), ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run playbook", () => {
  it("prints the same markdown the app renders, with context and overrides", async () => {
    const { code, stdout } = await cli(
      "--type",
      "market-driven",
      "--context",
      "High schools",
      "--override",
      "use.central-office=secondary",
      "--override",
      "leadership.school=weak",
    );
    expect(code).toBe(0);
    const overrides = {
      "use.central-office": { level: "secondary" as const, note: "" },
      "leadership.school": { level: "weak" as const, note: "" },
    };
    expect(stdout).toBe(
      renderPlaybook({ type: "market-driven", context: "High schools", overrides }, playbookContent()),
    );
  });

  it("adds what a context kind changes, and refuses a kind it does not know", async () => {
    const { code, stdout } = await cli(
      "--type",
      "federated",
      "--context",
      "STEM magnets",
      "--context-kind",
      "magnet-schools",
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      renderPlaybook({ type: "federated", context: "STEM magnets", contextKind: "magnet-schools" }, playbookContent()),
    );
    expect(stdout).toContain("## What this context changes");
    const json = await cli(
      "--type",
      "federated",
      "--context",
      "STEM magnets",
      "--context-kind",
      "magnet-schools",
      "--format",
      "json",
    );
    expect(json.code).toBe(0);
    const { contextKind } = JSON.parse(json.stdout);
    expect(contextKind.kind).toBe("magnet-schools");
    expect(contextKind.records).toEqual([...contextKindGuides["magnet-schools"].records]);
    expect(JSON.parse((await cli("--type", "federated", "--format", "json")).stdout).contextKind).toBeNull();
    const unknown = await cli("--type", "federated", "--context-kind", "secret-schools");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--context-kind must be one of: subject, general-education");
  });

  it("prints the resolved leverage map and targets as JSON", async () => {
    const { code, stdout } = await cli(
      "--type",
      "networked",
      "--format",
      "json",
      "--override",
      "environment.school=primary",
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const expected = resolveLeverageMap("networked", { "environment.school": { level: "primary", note: "" } });
    expect(json.leverageMap).toEqual(JSON.parse(JSON.stringify(cellsIn(expected, playbookContent()))));
    expect(json.leverageMap[0].reason).toBe(
      "How the office weighs state and federal demands against local values is named as a place to press.",
    );
    expect(json.primary.map((p: { key: string }) => p.key)).toEqual(
      expected.filter((c) => c.level === "primary").map((c) => c.key),
    );
    expect(json.primary[0].asks.length).toBeGreaterThan(0);
    expect(json.weak.map((p: { key: string }) => p.key)).toEqual(
      expected.filter((c) => c.level === "weak").map((c) => c.key),
    );
  });

  it("prints the same playbook in Spanish with --lang es, markdown and JSON, and English without it", async () => {
    const { code, stdout } = await cli(
      "--type",
      "market-driven",
      "--context",
      "Escuelas secundarias",
      "--override",
      "use.central-office=secondary",
      "--lang",
      "es",
    );
    expect(code).toBe(0);
    const overrides = { "use.central-office": { level: "secondary" as const, note: "" } };
    expect(stdout).toBe(
      renderPlaybook({ type: "market-driven", context: "Escuelas secundarias", overrides }, playbookContent("es")),
    );
    expect(stdout).toContain("# Guía de acción: Un distrito orientado al mercado (Escuelas secundarias)");
    expect(stdout).toContain("## Sus tres primeros pasos");
    expect(stdout).not.toContain("## Your first three moves");
    const json = JSON.parse((await cli("--type", "managerial", "--format", "json", "--lang", "es")).stdout);
    expect(json.leverageMap).toEqual(
      JSON.parse(JSON.stringify(cellsIn(resolveLeverageMap("managerial"), playbookContent("es")))),
    );
    expect(json.primary[0].holders[0]).toMatch(/^[A-ZÁÉÍÓÚ]/);
    expect(json.moves[0].when).toBe(
      "Las familias valoran un enfoque común para todo el distrito, pero también quieren que las escuelas puedan " +
        "adaptarlo a sus estudiantes.",
    );
    const counts = await cli("--word-counts", "--lang", "es");
    expect(counts.code).toBe(0);
    expect(counts.stdout.split("\n")[0]).toBe("type\tbody\ttotal");
    expect((await cli("--type", "networked")).stdout).toContain("## Your first three moves");
  });

  it.each([
    [["--type", "managerial", "--lang", "fr"], /--lang must be one of: en, es/],
    [["--type", "feudal"], /--type must be one of/],
    [[], /--type must be one of/],
    [["--type", "managerial", "--override", "use.school=extreme"], /the level must be one of/],
    [["--type", "managerial", "--override", "vibes.school=primary"], /is not <domain>.<locus>=<level>/],
    [["--type", "managerial", "--format", "pdf"], /--format must be md or json/],
    [["--type", "managerial", "--colour"], /Unknown option/],
  ])("refuses %j with a clear message and a non-zero exit", async (args, message) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).toContain("Usage: npm run playbook");
  });
});
