import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root, found from this file so that the server and the CLIs can start from any working directory. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`Fulcrum could not find its package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}
