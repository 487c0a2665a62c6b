import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// The HTTP and browser tests drive the real production build; `npm test` builds it first.
export default function requireBuild() {
  const serverBuild = fileURLToPath(new URL("../../build/server/index.js", import.meta.url));
  if (!existsSync(serverBuild)) {
    throw new Error("No production build found. Run `npm run build` first (npm test does this for you).");
  }
}
