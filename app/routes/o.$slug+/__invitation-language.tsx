import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError, FormErrorSummary } from "~/components/form-fields";
import type { FormFailure } from "~/lib/form-failure";
import { languageNames, languages, type Language } from "~/lib/i18n";

/** The settings section choosing the language of invitations to people who have no account yet. */
export function InvitationLanguage({ current, failure }: { current: Language; failure: FormFailure }) {
  const { t } = useTranslation("emails");
  const ours = failure.values.intent === "language" ? failure : { errors: {}, values: {} };
  const error = ours.errors.defaultLanguage;
  const chosen = ours.values.defaultLanguage ?? current;
  return (
    <section className="narrow" aria-labelledby="invitation-language-title">
      <h2 id="invitation-language-title">{t("settings.title")}</h2>
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={ours.errors} />
        <input type="hidden" name="intent" value="language" />
        <fieldset
          className={error ? "field field--invalid" : "field"}
          aria-describedby={error ? "defaultLanguage-hint defaultLanguage-error" : "defaultLanguage-hint"}
        >
          <legend>{t("settings.legend")}</legend>
          <p className="field__hint" id="defaultLanguage-hint">
            {t("settings.hint")}
          </p>
          <FieldError id="defaultLanguage" error={error} />
          {languages.map((language) => (
            <label key={language} className="choice">
              <input type="radio" name="defaultLanguage" value={language} defaultChecked={chosen === language} />
              <span lang={language}>{languageNames[language]}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button">
          {t("settings.save")}
        </button>
      </Form>
    </section>
  );
}
