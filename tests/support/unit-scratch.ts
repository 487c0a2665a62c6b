import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the unit project's workers keep their databases: removed when the run ends. */
    unitScratchDir: string;
  }
}

// The unit tests' workers outlive their files and are stopped with a signal, so they cannot clean up after
// themselves: the run does, once they have all stopped.
export default function unitScratch(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "fulcrum-unit-"));
  project.provide("unitScratchDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
