import { FieldError, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { campaignStatuses } from "~/lib/domain";
import type { FormFailure } from "~/lib/form-failure";
import { campaignStatusLabels, chartFields, targetRoleLabels } from "~/lib/labels";

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

type TargetOption = { id: string; name: string; where: string };

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
      {targets.length === 0 ? <p className="field__hint">No targets mapped in this district yet.</p> : null}
      {targets.map((target) => (
        <label key={target.id} className="choice">
          <input type="checkbox" name={name} value={target.id} defaultChecked={chosen.includes(target.id)} />
          <span>
            {target.name}
            <span className="choice__description">{target.where}</span>
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
  const { errors, values } = failure;
  const list = (name: "primaryTargetIds" | "secondaryTargetIds") =>
    values[name] !== undefined ? values[name].split(",").filter(Boolean) : (defaults[name] ?? []);
  return (
    <>
      <TextField
        name="title"
        label="Title"
        required
        maxLength={limitsCampaign.title}
        defaultValue={values.title ?? defaults.title}
        error={errors.title}
      />
      <TextField
        name="win"
        label="The win, in one sentence"
        hint="What will be true when you have won?"
        required
        maxLength={limitsCampaign.win}
        defaultValue={values.win ?? defaults.win}
        error={errors.win}
      />
      <SelectField
        name="status"
        label="Status"
        defaultValue={values.status ?? defaults.status ?? "planning"}
        error={errors.status}
      >
        {campaignStatuses.map((status) => (
          <option key={status} value={status}>
            {campaignStatusLabels[status]}
          </option>
        ))}
      </SelectField>
      <TextField
        name="startsOn"
        label="Starts (optional)"
        type="date"
        defaultValue={values.startsOn ?? defaults.startsOn ?? ""}
        error={errors.startsOn}
      />
      <TextField
        name="endsOn"
        label="Ends (optional)"
        type="date"
        defaultValue={values.endsOn ?? defaults.endsOn ?? ""}
        error={errors.endsOn}
      />
      <SelectField
        name="leadUserId"
        label="Lead organizer"
        defaultValue={values.leadUserId ?? defaults.leadUserId ?? ""}
        error={errors.leadUserId}
      >
        <option value="">Not chosen yet</option>
        {leads.map((lead) => (
          <option key={lead.id} value={lead.id}>
            {lead.name}
          </option>
        ))}
      </SelectField>
      <h2>Strategy chart</h2>
      {chartFields.map(([name, label, hint]) => (
        <TextAreaField
          key={name}
          name={name}
          label={label}
          hint={hint}
          maxLength={limitsCampaign.chartField}
          defaultValue={values[name] ?? defaults.chart?.[name] ?? ""}
          error={errors[name]}
        />
      ))}
      <TargetChecklist
        name="primaryTargetIds"
        legend={targetRoleLabels.primary.many}
        hint={targetRoleLabels.primary.hint}
        targets={targets}
        chosen={list("primaryTargetIds")}
        error={errors.primaryTargetIds}
      />
      <TargetChecklist
        name="secondaryTargetIds"
        legend={targetRoleLabels.secondary.many}
        hint={targetRoleLabels.secondary.hint}
        targets={targets}
        chosen={list("secondaryTargetIds")}
        error={errors.secondaryTargetIds}
      />
    </>
  );
}
