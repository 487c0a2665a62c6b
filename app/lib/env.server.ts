import { z } from "zod";

const booleanFlag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"])
    .optional()
    .transform((value) => (value === undefined ? fallback : ["true", "1", "yes"].includes(value)));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_PATH: z.string().min(1).default("./data/fulcrum.db"),
  SEED_DEMO: booleanFlag(true),
  TRUST_PROXY: booleanFlag(false),
  LOG_REQUESTS: booleanFlag(true),
  // Where links in emails point, e.g. https://fulcrum.example.org; defaults to this server's own address.
  APP_URL: z
    .url({ protocol: /^https?$/, error: "APP_URL must be an http(s) address such as https://fulcrum.example.org" })
    .optional(),
  // smtp://user:password@host:587 or smtps://user:password@host:465; without it mail is written to OUTBOX_DIR.
  SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\/[^\s]+$/,
      "SMTP_URL must start with smtp:// or smtps://, e.g. smtps://user:password@smtp.example.org:465",
    )
    .optional(),
  MAIL_FROM: z.string().min(3).default("Fulcrum <fulcrum@localhost>"),
  OUTBOX_DIR: z.string().min(1).default("./data/outbox"),
  // The server sends due reminders every minute; turn off when a cron job runs `npm run reminders` instead.
  REMINDERS: booleanFlag(true),
  // The people who run this server: they verify state agencies and act on reports. Only confirmed addresses count.
  OPERATOR_EMAILS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((email) => email.trim().toLowerCase())
        .filter((email) => email !== ""),
    ),
  // How coalitions see who verified an agency ("Verified by <OPERATOR_NAME>").
  OPERATOR_NAME: z.string().trim().min(1).max(120).default("the operators of this Fulcrum server"),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Fulcrum's configuration is invalid:\n${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv();
