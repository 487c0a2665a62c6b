import { existsSync } from "node:fs";
import { join } from "node:path";

import { projectRoot } from "~/lib/project-root.server";

/**
 * The seed texts (the research Fulcrum draws on) sit in the shared folder beside the repository, not in it:
 * FULCRUM_SEEDS says where they are when that folder is elsewhere. Tests that read them skip where they are absent.
 */
export const seedsDir = process.env.FULCRUM_SEEDS ?? join(projectRoot(), "../shared/seeds");
export const seedsPresent = existsSync(seedsDir);
