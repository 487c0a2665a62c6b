// MJML (with cheerio, juice and html-minifier behind it) costs a process about 60 MB that it never gives
// back. Templates are compiled once at start, so that work runs in a worker thread which exits when done:
// the server keeps only the resulting HTML.
import { Worker } from "node:worker_threads";

import { projectRoot } from "~/lib/project-root.server";

export type MjmlDocument = { mjml: string; filePath: string };
export type MjmlResult = { html: string } | { error: string };

// Plain CommonJS evaluated in the worker; `require` resolves from the project root given as workerData.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const { createRequire } = require("node:module");
const mjml2html = createRequire(workerData.root + "/package.json")("mjml");
(async () => {
  const results = [];
  for (const document of workerData.documents) {
    try {
      const result = await mjml2html(document.mjml, { validationLevel: "strict", filePath: document.filePath });
      results.push(result.errors.length
        ? { error: result.errors.map((e) => e.formattedMessage || e.message).join("; ") }
        : { html: result.html });
    } catch (error) {
      results.push({ error: error instanceof Error ? error.message : String(error) });
    }
  }
  parentPort.postMessage(results);
})();
`;

/** MJML → HTML for each document, in a short-lived worker thread. */
export function mjmlToHtml(documents: MjmlDocument[]): Promise<MjmlResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { root: projectRoot(), documents } });
    worker.once("message", (results: MjmlResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`The MJML worker stopped with code ${code}`));
    });
  });
}
