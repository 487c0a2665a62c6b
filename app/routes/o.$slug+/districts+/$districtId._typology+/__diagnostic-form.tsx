import { useTranslation } from "react-i18next";

import { RadioGroup, TextField } from "~/components/form-fields";
import type { FormFailure } from "~/lib/form-failure";
import {
  cueAnswerKeys,
  cueAnswers,
  cueQuestions,
  diagnosticQuestionCount,
  domainQuestions,
  whoAnswerKeys,
  whoAnswers,
} from "~/lib/typology/diagnostic";
import { typologyKeys } from "~/lib/typology/keys";
import { domains } from "~/lib/typology/vocabulary";

import { cueField, limitsTypology, whoField } from "./__typology-fields";

/** The questionnaire's fields: a context, who does each domain of work, and the recognition cues. */
export function DiagnosticFields({ failure, defaults }: { failure: FormFailure; defaults: Record<string, string> }) {
  const { t } = useTranslation("diagnostic");
  const value = (name: string) => failure.values[name] ?? defaults[name];
  const whoOptions = whoAnswers.map((answer) => ({ value: answer, label: t(whoAnswerKeys[answer]) }));
  const cueOptions = cueAnswers.map((answer) => ({ value: answer, label: t(cueAnswerKeys[answer]) }));
  return (
    <>
      <p>{t("form.intro", { number: diagnosticQuestionCount })}</p>
      <TextField
        name="context"
        label={t("form.context.label")}
        hint={t("form.context.hint")}
        maxLength={limitsTypology.context}
        defaultValue={value("context")}
        error={failure.errors.context}
      />
      <h2>{t("form.partWho")}</h2>
      <div className="question-group">
        {domains.map((domain, index) => (
          <RadioGroup
            key={domain}
            name={whoField(domain)}
            legend={t("form.numbered", { number: index + 1, question: t(domainQuestions[domain].question) })}
            hint={t("form.whoHint", {
              domain: t(typologyKeys.domain[domain].plain),
              explanation: t(domainQuestions[domain].hint),
            })}
            options={whoOptions}
            defaultValue={value(whoField(domain))}
            error={failure.errors[whoField(domain)]}
          />
        ))}
      </div>
      <h2>{t("form.partCues")}</h2>
      <p>{t("form.cuesIntro")}</p>
      <div className="question-group">
        {cueQuestions.map((cue, index) => (
          <RadioGroup
            key={cue.id}
            name={cueField(cue.id)}
            legend={t("form.numbered", { number: domains.length + index + 1, question: t(cue.question) })}
            options={cueOptions}
            defaultValue={value(cueField(cue.id))}
            error={failure.errors[cueField(cue.id)]}
          />
        ))}
      </div>
    </>
  );
}
