import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError, FormErrorSummary, RadioGroup } from "~/components/form-fields";
import { optionalEmailKindKeys, optionalEmailKinds } from "~/lib/email-kinds";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { languageNames, languages } from "~/lib/i18n";
import { tokensCreatedSince } from "~/models/account-token.server";
import { optedOutKinds, setReceivedKinds } from "~/models/email-preference.server";
import { setUserLanguage } from "~/models/user.server";
import { emailVerification } from "~/services/email/notifications.server";
import { languageCookie, requestLanguage, requestTranslator } from "~/services/i18n.server";
import { requireUser } from "~/services/session.server";

import { languageSchema, preferencesSchema } from "./__email-settings-form.server";

export const handle = { i18n: ["account"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

const verificationsPerHour = 3;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const off = optedOutKinds(user.id);
  const [{ t }, kinds] = await Promise.all([
    requestTranslator(request, "account"),
    // Each kind's name and description are the emails' own words (their footers' links), in the "emails" catalog.
    requestTranslator(request, "emails"),
  ]);
  return {
    title: t("emails.metaTitle"),
    kinds: optionalEmailKinds.map((kind) => ({
      kind,
      name: kinds.t(optionalEmailKindKeys[kind].name),
      description: kinds.t(optionalEmailKindKeys[kind].description),
    })),
    email: user.email,
    verified: user.emailVerified,
    receiving: optionalEmailKinds.filter((kind) => !off.has(kind)),
    language: await requestLanguage(request),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "resend") {
    if (user.emailVerified) return { notice: "account:emails.alreadyConfirmed", email: user.email };
    if (tokensCreatedSince(user.id, "verify-email", new Date(Date.now() - 3_600_000)) >= verificationsPerHour) {
      return data({ notice: "account:emails.tooManyLinks", email: user.email }, { status: 429 });
    }
    emailVerification(user);
    return { notice: "account:emails.linkSent", email: user.email };
  }
  if (intent === "language") {
    const parsed = parseForm(form, languageSchema);
    if (!parsed.ok) return invalid(parsed.failure);
    // The page that answers is already in the new language: it is read from the account.
    setUserLanguage(user.id, parsed.data.language);
    const cookie = await languageCookie.serialize(parsed.data.language);
    return data({ notice: "account:language.saved", email: user.email }, { headers: { "Set-Cookie": cookie } });
  }
  const parsed = parseForm(form, preferencesSchema, ["kinds"]);
  if (!parsed.ok) return invalid(parsed.failure);
  setReceivedKinds(user.id, new Set(parsed.data.kinds));
  return { notice: "account:emails.saved", email: user.email };
}

// The notices the action answers with.
const noticeKeys = new Set([
  "account:emails.alreadyConfirmed",
  "account:emails.tooManyLinks",
  "account:emails.linkSent",
  "account:emails.saved",
  "account:language.saved",
]);

export default function EmailSettings() {
  const { t } = useTranslation("account");
  const { email, verified, kinds, receiving, language } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  const notice = result && "notice" in result && noticeKeys.has(result.notice) ? result.notice : null;
  return (
    <section className="narrow" aria-labelledby="emails-title">
      <h1 id="emails-title">{t("emails.title")}</h1>
      {notice ? (
        <p className="notice" role="status">
          {t(notice, { email, language: languageNames[language] })}
        </p>
      ) : null}
      <FormErrorSummary errors={failure.errors} />
      <h2>{t("emails.address")}</h2>
      {verified ? (
        <p>{t("emails.confirmed", { email })}</p>
      ) : (
        <Form method="post" className="stack">
          <p>{t("emails.notConfirmed", { email })}</p>
          <input type="hidden" name="intent" value="resend" />
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t("emails.resend")}
          </button>
        </Form>
      )}
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="preferences" />
        <fieldset className={failure.errors.kinds ? "field field--invalid" : "field"}>
          <legend>{t("emails.kindsLegend")}</legend>
          <p className="field__hint">{t("emails.kindsHint")}</p>
          <FieldError id="kinds" error={failure.errors.kinds} />
          {kinds.map(({ kind, name, description }) => (
            <label key={kind} className="choice">
              <input type="checkbox" name="kinds" value={kind} defaultChecked={receiving.includes(kind)} />
              <span>
                {name}
                <span className="choice__description">{description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("emails.busy") : t("emails.submit")}
        </button>
      </Form>
      <Form method="post" className="stack" aria-labelledby="language-title">
        <h2 id="language-title">{t("language.title")}</h2>
        <input type="hidden" name="intent" value="language" />
        <RadioGroup
          name="language"
          legend={t("language.legend")}
          hint={t("language.hint")}
          defaultValue={failure.values.language ?? language}
          error={failure.errors.language}
          options={languages.map((code) => ({ value: code, label: <span lang={code}>{languageNames[code]}</span> }))}
        />
        <button type="submit" className="button" disabled={busy}>
          {t("language.submit")}
        </button>
      </Form>
    </section>
  );
}
