import { eq } from "drizzle-orm";
import { db, newId, schema } from "~/lib/db.server";
import { isUniqueViolation } from "~/lib/db-errors.server";
import { FieldConflictError } from "~/lib/field-conflict";
import { decoyPasswordHash, hashPassword, verifyPassword } from "~/lib/password.server";

export type NewUser = { name: string; email: string; password: string };
export type PublicUser = { id: string; name: string; email: string };

export class EmailTakenError extends FieldConflictError {
  constructor() {
    super("email", "An account with this email already exists. Log in instead, or use another email.");
  }
}

export function findUserByEmail(email: string) {
  return db.select().from(schema.users).where(eq(schema.users.email, email.toLowerCase())).get();
}

export async function createUser(input: NewUser): Promise<PublicUser> {
  const email = input.email.toLowerCase();
  if (findUserByEmail(email)) throw new EmailTakenError();
  const passwordHash = await hashPassword(input.password);
  const user = { id: newId(), name: input.name, email, passwordHash };
  try {
    db.insert(schema.users).values(user).run();
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError();
    throw error;
  }
  return { id: user.id, name: user.name, email: user.email };
}

/** The user when the email and password match; null otherwise, taking the same time either way. */
export async function verifyLogin(email: string, password: string): Promise<PublicUser | null> {
  const user = findUserByEmail(email);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !valid) return null;
  return { id: user.id, name: user.name, email: user.email };
}
