// The benchmark's database at a given scale, generated once and kept in a cache so that reruns start at once.
// The cache is keyed by the scale, the day (the data's dates are relative to when it was made) and the sources
// that shape it (the migrations, the demo seed, the generator): a change to any of them makes a new file.
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

import Database from "better-sqlite3";
import { z } from "zod";

import { projectRoot } from "~/lib/project-root.server";

import { benchVolumes, seedBenchDatabase, type BenchPlaces, type BenchVolumes } from "./bench-data";

const root = projectRoot();
// In the project's data/ folder (never committed), not a shared temporary folder: two checkouts with different
// migrations would otherwise keep deleting each other's files.
const cacheDir = join(root, "data/bench-cache");

/** Every volume times `scale`: the coalitions multiply, and each keeps the same share of the rest. */
export function volumesAt(scale: number): BenchVolumes {
  const volumes = { ...benchVolumes };
  for (const name of Object.keys(volumes) as Array<keyof BenchVolumes>) volumes[name] *= scale;
  return volumes;
}

function sourceHash(scale: number): string {
  const hash = createHash("sha256").update(`scale ${scale}\nday ${new Date().toISOString().slice(0, 10)}\n`);
  const migrations = join(root, "db/migrations");
  const files = [
    ...readdirSync(migrations, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".sql") || name.endsWith(".json"))
      .sort()
      .map((name) => join(migrations, name)),
    join(root, "app/models/demo.server.ts"),
    join(root, "scripts/bench-data.ts"),
  ];
  for (const file of files) hash.update(file.slice(root.length)).update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

const placesSchema = z.object({ districtId: z.string(), campaignId: z.string() });

export type BenchDatabase = {
  path: string;
  places: BenchPlaces;
  volumes: BenchVolumes;
  /** Seconds spent generating it in this run; null when it came from the cache. */
  seedSeconds: number | null;
  bytes: number;
};

/**
 * A fresh copy of the scale's database in `dir` (pages log in and reminders are recorded, so the cached file
 * itself is never served). `migrateAndSeedDemo` starts the server once on an empty file.
 */
export async function benchDatabase(
  scale: number,
  dir: string,
  migrateAndSeedDemo: (path: string) => Promise<void>,
): Promise<BenchDatabase> {
  mkdirSync(cacheDir, { recursive: true });
  const key = `scale-${scale}-${sourceHash(scale)}`;
  const cached = join(cacheDir, `${key}.db`);
  const placesFile = join(cacheDir, `${key}.json`);
  const volumes = volumesAt(scale);
  let seedSeconds: number | null = null;
  if (!existsSync(cached) || !existsSync(placesFile)) {
    // Older files of this scale are of no further use; at scale 10 each is over a gigabyte.
    for (const name of readdirSync(cacheDir)) if (name.startsWith(`scale-${scale}-`)) rmSync(join(cacheDir, name));
    const building = join(cacheDir, `${key}.building`);
    await migrateAndSeedDemo(building);
    const start = performance.now();
    const places = await seedBenchDatabase(building, volumes);
    seedSeconds = (performance.now() - start) / 1000;
    const db = new Database(building);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.pragma("journal_mode = DELETE");
    db.close();
    for (const suffix of ["-wal", "-shm"]) rmSync(building + suffix, { force: true });
    renameSync(building, cached);
    // The places file last: a half-written cache is regenerated, never used.
    writeJson(placesFile, places);
  }
  const path = join(dir, `bench-${scale}.db`);
  copyFileSync(cached, path);
  const places = placesSchema.parse(JSON.parse(readFileSync(placesFile, "utf8")));
  return { path, places, volumes, seedSeconds, bytes: statSync(cached).size };
}

function writeJson(file: string, value: unknown): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, file);
}
