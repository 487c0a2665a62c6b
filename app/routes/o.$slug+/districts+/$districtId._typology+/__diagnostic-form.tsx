import { RadioGroup, TextField } from "~/components/form-fields";
import type { FormFailure } from "~/lib/form-failure";
import {
  cueAnswerLabels,
  cueAnswers,
  cueQuestions,
  diagnosticQuestionCount,
  domainQuestions,
  whoAnswerLabels,
  whoAnswers,
} from "~/lib/typology/diagnostic";
import { domainLabels, domains } from "~/lib/typology/vocabulary";

import { cueField, limitsTypology, whoField } from "./__typology-fields";

const whoOptions = whoAnswers.map((value) => ({ value, label: whoAnswerLabels[value] }));
const cueOptions = cueAnswers.map((value) => ({ value, label: cueAnswerLabels[value] }));

/** The questionnaire's fields: a context, who does each domain of work, and the recognition cues. */
export function DiagnosticFields({ failure, defaults }: { failure: FormFailure; defaults: Record<string, string> }) {
  const value = (name: string) => failure.values[name] ?? defaults[name];
  return (
    <>
      <p>
        {diagnosticQuestionCount} questions, answerable from what you see at meetings, on the district's website and in
        your schools. "Not sure" is a fine answer. Nothing is final: you can revise the answers later.
      </p>
      <TextField
        name="context"
        label="Which part of the district are you describing? (optional)"
        hint="Leave empty for the whole district, or name a context that runs differently: a subject, grade band, special education, magnet schools."
        maxLength={limitsTypology.context}
        defaultValue={value("context")}
        error={failure.errors.context}
      />
      <h2>Part 1 · Who does this work here?</h2>
      <div className="question-group">
        {domains.map((domain, index) => (
          <RadioGroup
            key={domain}
            name={whoField(domain)}
            legend={`${index + 1}. ${domainQuestions[domain].question}`}
            hint={`${domainLabels[domain]}: ${domainQuestions[domain].hint}`}
            options={whoOptions}
            defaultValue={value(whoField(domain))}
            error={failure.errors[whoField(domain)]}
          />
        ))}
      </div>
      <h2>Part 2 · What do you notice?</h2>
      <p>The first four are the signs the research brief itself gives for recognizing each type.</p>
      <div className="question-group">
        {cueQuestions.map((cue, index) => (
          <RadioGroup
            key={cue.id}
            name={cueField(cue.id)}
            legend={`${domains.length + index + 1}. ${cue.question}`}
            options={cueOptions}
            defaultValue={value(cueField(cue.id))}
            error={failure.errors[cueField(cue.id)]}
          />
        ))}
      </div>
    </>
  );
}
