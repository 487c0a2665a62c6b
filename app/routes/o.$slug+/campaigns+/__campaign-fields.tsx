import { useTranslation } from "react-i18next";

import { FieldError, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { useTargetPlace, type TargetPlace } from "~/components/target-place";
import { campaignStatuses } from "~/lib/domain";
import type { FormFailure } from "~/lib/form-failure";
import { chartFieldKeys, labelKeys } from "~/lib/labels";

import { limitsCampaign } from "./__campaign-limits";

export type CampaignDefaults = {
  title?: string;
  win?: string;
  status?: string;
  startsOn?: string | null;
  endsOn?: string | null;
  leadUserId?: string | null;
  chart?: Record<string, string>;
  primaryTargetIds?: string[];
  secondaryTargetIds?: string[];
};

type TargetOption = TargetPlace & { id: string; name: string };

function TargetChecklist({
  name,
  legend,
  hint,
  targets,
  chosen,
  error,
}: {
  name: string;
  legend: string;
  hint: string;
  targets: TargetOption[];
  chosen: string[];
  error?: string;
}) {
  const { t } = useTranslation("campaigns");
  const place = useTargetPlace();
  return (
    <fieldset
      className={error ? "field field--invalid" : "field"}
      aria-describedby={error ? `${name}-hint ${name}-error` : `${name}-hint`}
    >
      <legend>{legend}</legend>
      <p className="field__hint" id={`${name}-hint`}>
        {hint}
      </p>
      <FieldError id={name} error={error} />
      {targets.length === 0 ? <p className="field__hint">{t("fields.noTargets")}</p> : null}
      {targets.map((target) => (
        <label key={target.id} className="choice">
          <input type="checkbox" name={name} value={target.id} defaultChecked={chosen.includes(target.id)} />
          <span>
            {target.name}
            <span className="choice__description">{place(target)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function CampaignFields({
  failure,
  defaults,
  targets,
  leads,
}: {
  failure: FormFailure;
  defaults: CampaignDefaults;
  targets: TargetOption[];
  leads: Array<{ id: string; name: string }>;
}) {
  const { t } = useTranslation("campaigns");
  const { errors, values } = failure;
  const list = (name: "primaryTargetIds" | "secondaryTargetIds") =>
    values[name] !== undefined ? values[name].split(",").filter(Boolean) : (defaults[name] ?? []);
  const [primary, secondary] = [list("primaryTargetIds"), list("secondaryTargetIds")];
  return (
    <>
      <TextField
        name="title"
        label={t("fields.title")}
        required
        maxLength={limitsCampaign.title}
        defaultValue={values.title ?? defaults.title}
        error={errors.title}
      />
      <TextField
        name="win"
        label={t("fields.win")}
        hint={t("fields.winHint")}
        required
        maxLength={limitsCampaign.win}
        defaultValue={values.win ?? defaults.win}
        error={errors.win}
      />
      <SelectField
        name="status"
        label={t("fields.status")}
        defaultValue={values.status ?? defaults.status ?? "planning"}
        error={errors.status}
      >
        {campaignStatuses.map((status) => (
          <option key={status} value={status}>
            {t(labelKeys.campaignStatus[status])}
          </option>
        ))}
      </SelectField>
      <TextField
        name="startsOn"
        label={t("fields.startsOn")}
        type="date"
        defaultValue={values.startsOn ?? defaults.startsOn ?? ""}
        error={errors.startsOn}
      />
      <TextField
        name="endsOn"
        label={t("fields.endsOn")}
        type="date"
        defaultValue={values.endsOn ?? defaults.endsOn ?? ""}
        error={errors.endsOn}
      />
      <SelectField
        name="leadUserId"
        label={t("fields.lead")}
        defaultValue={values.leadUserId ?? defaults.leadUserId ?? ""}
        error={errors.leadUserId}
      >
        <option value="">{t("fields.noLead")}</option>
        {leads.map((lead) => (
          <option key={lead.id} value={lead.id}>
            {lead.name}
          </option>
        ))}
      </SelectField>
      <h2>{t("fields.chart")}</h2>
      {chartFieldKeys.map(([name, label, hint]) => (
        <TextAreaField
          key={name}
          name={name}
          label={t(label)}
          hint={t(hint)}
          maxLength={limitsCampaign.chartField}
          defaultValue={values[name] ?? defaults.chart?.[name] ?? ""}
          error={errors[name]}
        />
      ))}
      <TargetChecklist
        name="primaryTargetIds"
        legend={t(labelKeys.targetRole.primary.many)}
        hint={t(labelKeys.targetRole.primary.hint)}
        targets={targets}
        chosen={primary}
        error={errors.primaryTargetIds}
      />
      <TargetChecklist
        name="secondaryTargetIds"
        legend={t(labelKeys.targetRole.secondary.many)}
        hint={t(labelKeys.targetRole.secondary.hint)}
        targets={targets}
        chosen={secondary}
        error={errors.secondaryTargetIds}
      />
    </>
  );
}
