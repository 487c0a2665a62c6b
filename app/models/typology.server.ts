import { and, desc, eq, sql } from "drizzle-orm";

import { db, newId, schema } from "~/lib/db.server";
import { type Overrides, type SystemType } from "~/lib/typology";
import { type ContextKind } from "~/lib/typology/context-kinds";
import { questionSet, type DiagnosticAnswers, type SavedAnswers } from "~/lib/typology/diagnostic";
import { readSavedAnswers } from "~/lib/typology/saved-answers.server";

export type Declaration = {
  id: string;
  context: string;
  /** null for the whole district. */
  contextKind: ContextKind | null;
  systemType: SystemType;
  overrides: Overrides;
  note: string;
  declaredByName: string;
  createdAt: Date;
  sequence: number;
};

export type DeclarationInput = {
  context: string;
  contextKind: ContextKind | null;
  systemType: SystemType;
  overrides: Overrides;
  note: string;
};

function toDeclaration(row: typeof schema.declarations.$inferSelect): Declaration {
  return {
    id: row.id,
    context: row.context,
    // Rows written before kinds existed were back-filled as "other"; a context never goes without a kind.
    contextKind: row.context ? (row.contextKind ?? "other") : null,
    systemType: row.systemType,
    overrides: row.overrides,
    note: row.note,
    declaredByName: row.declaredByName,
    createdAt: row.createdAt,
    sequence: row.sequence,
  };
}

/** The stored spelling of a context that matches this one ignoring case, so one context never splits in two. */
function canonicalContext(districtId: string, context: string): string {
  if (!context) return "";
  const known = db
    .selectDistinct({ context: schema.declarations.context })
    .from(schema.declarations)
    .where(eq(schema.declarations.districtId, districtId))
    .all()
    .map((row) => row.context);
  return known.find((existing) => existing.toLowerCase() === context.toLowerCase()) ?? context;
}

/** Records a declaration; earlier ones stay as history. */
export function declareSystemType(
  districtId: string,
  input: DeclarationInput,
  by: { id: string; name: string },
): Declaration {
  const id = newId();
  db.transaction((tx) => {
    const next =
      (tx
        .select({ max: sql<number | null>`max(${schema.declarations.sequence})` })
        .from(schema.declarations)
        .where(eq(schema.declarations.districtId, districtId))
        .get()?.max ?? 0) + 1;
    tx.insert(schema.declarations)
      .values({
        id,
        districtId,
        context: canonicalContext(districtId, input.context),
        contextKind: input.context ? (input.contextKind ?? "other") : null,
        systemType: input.systemType,
        overrides: input.overrides,
        note: input.note,
        declaredBy: by.id,
        declaredByName: by.name,
        sequence: next,
      })
      .run();
  });
  return getDeclaration(districtId, id)!;
}

export function getDeclaration(districtId: string, declarationId: string): Declaration | undefined {
  const row = db
    .select()
    .from(schema.declarations)
    .where(and(eq(schema.declarations.id, declarationId), eq(schema.declarations.districtId, districtId)))
    .get();
  return row ? toDeclaration(row) : undefined;
}

/** Every declaration of a district, newest first. */
export function declarationHistory(districtId: string): Declaration[] {
  return db
    .select()
    .from(schema.declarations)
    .where(eq(schema.declarations.districtId, districtId))
    .orderBy(desc(schema.declarations.sequence))
    .all()
    .map(toDeclaration);
}

/** The current declaration for each context (district-wide first), from the history. */
export function currentDeclarations(history: Declaration[]): Declaration[] {
  const current = new Map<string, Declaration>();
  for (const declaration of history)
    if (!current.has(declaration.context)) current.set(declaration.context, declaration);
  return [...current.values()].sort((a, b) =>
    a.context === "" ? -1 : b.context === "" ? 1 : a.context.localeCompare(b.context),
  );
}

const latestDeclaration = db
  .select()
  .from(schema.declarations)
  .where(
    and(
      eq(schema.declarations.districtId, sql.placeholder("districtId")),
      eq(schema.declarations.context, sql.placeholder("context")),
    ),
  )
  .orderBy(desc(schema.declarations.sequence))
  .limit(1)
  .prepare();

export function currentDeclaration(districtId: string, context: string): Declaration | undefined {
  const row = latestDeclaration.get({ districtId, context: canonicalContext(districtId, context) });
  return row ? toDeclaration(row) : undefined;
}

const districtWideDeclarationsOfOrganization = db
  .select({ declaration: schema.declarations })
  .from(schema.declarations)
  .innerJoin(schema.districts, eq(schema.districts.id, schema.declarations.districtId))
  .where(
    and(
      eq(schema.districts.organizationId, sql.placeholder("organizationId")),
      eq(schema.declarations.context, ""),
      sql`${schema.declarations.sequence} = (select max(latest.sequence) from ${schema.declarations} latest where latest.district_id = ${schema.declarations.districtId} and latest.context = '')`,
    ),
  )
  .prepare();

/** The current district-wide declaration of each of the organization's districts that has one, by district id. */
export function currentDistrictWideDeclarations(organizationId: string): Map<string, Declaration> {
  const rows = districtWideDeclarationsOfOrganization.all({ organizationId });
  return new Map(rows.map(({ declaration }) => [declaration.districtId, toDeclaration(declaration)]));
}

export type Diagnostic = { id: string; context: string; saved: SavedAnswers; updatedAt: Date };

/** Saves answers to the current questions; revising a diagnostic saved with older questions moves it to these. */
export function saveDiagnostic(
  districtId: string,
  input: { context: string; answers: DiagnosticAnswers },
  userId: string,
  diagnosticId?: string,
): string {
  const now = new Date();
  const values = { context: input.context, answers: input.answers, questionSet, answeredBy: userId, updatedAt: now };
  if (diagnosticId) {
    db.update(schema.diagnostics)
      .set(values)
      .where(and(eq(schema.diagnostics.id, diagnosticId), eq(schema.diagnostics.districtId, districtId)))
      .run();
    return diagnosticId;
  }
  const id = newId();
  db.insert(schema.diagnostics)
    .values({ id, districtId, ...values })
    .run();
  return id;
}

export function getDiagnostic(districtId: string, diagnosticId: string): Diagnostic | undefined {
  const row = db
    .select()
    .from(schema.diagnostics)
    .where(and(eq(schema.diagnostics.id, diagnosticId), eq(schema.diagnostics.districtId, districtId)))
    .get();
  if (!row) return undefined;
  return {
    id: row.id,
    context: row.context,
    saved: readSavedAnswers(row.questionSet, row.answers),
    updatedAt: row.updatedAt,
  };
}

export function listDiagnostics(districtId: string) {
  return db
    .select({ id: schema.diagnostics.id, context: schema.diagnostics.context, updatedAt: schema.diagnostics.updatedAt })
    .from(schema.diagnostics)
    .where(eq(schema.diagnostics.districtId, districtId))
    .orderBy(desc(schema.diagnostics.updatedAt))
    .all();
}
