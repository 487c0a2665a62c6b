import { useTranslation } from "react-i18next";

import { RadioGroup, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { meetingStatuses } from "~/lib/domain";
import type { FormFailure } from "~/lib/form-failure";
import { labelKeys } from "~/lib/labels";
import { timeZoneLabel } from "~/lib/time-zones";
import { useLocale } from "~/lib/use-language";

import { limitsMeeting } from "./__meeting-limits";
import { repeatedTimeChoices } from "./__meeting-times";

export type MeetingDefaults = {
  title?: string;
  date?: string;
  startTime?: string;
  endTime?: string;
  startOccurrence?: string;
  endOccurrence?: string;
  location?: string;
  videoUrl?: string;
  agenda?: string;
  status?: string;
  targetIds?: string[];
  attendeeIds?: string[];
};

/** "Which 1:30?", shown under a time that happens twice that day (the night clocks go back). */
function WhichOccurrence({
  name,
  date,
  time,
  timeZone,
  chosen,
  error,
}: {
  name: "startOccurrence" | "endOccurrence";
  date?: string;
  time?: string;
  timeZone: string;
  chosen?: string;
  error?: string;
}) {
  const { t } = useTranslation("meetings");
  const choices = repeatedTimeChoices(date, time, timeZone, t, useLocale());
  if (!choices) return null;
  return (
    <RadioGroup
      name={name}
      legend={choices.legend}
      hint={choices.hint}
      options={choices.options}
      defaultValue={chosen}
      error={error}
    />
  );
}

function Checklist({
  name,
  legend,
  options,
  chosen,
}: {
  name: string;
  legend: string;
  options: Array<{ id: string; name: string }>;
  chosen: string[];
}) {
  const { t } = useTranslation("meetings");
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {options.length === 0 ? <p className="field__hint">{t("fields.noneYet")}</p> : null}
      {options.map((option) => (
        <label key={option.id} className="choice">
          <input type="checkbox" name={name} value={option.id} defaultChecked={chosen.includes(option.id)} />
          <span>{option.name}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function MeetingFields({
  failure,
  defaults,
  targets,
  members,
  timeZone,
}: {
  failure: FormFailure;
  defaults: MeetingDefaults;
  targets: Array<{ id: string; name: string }>;
  members: Array<{ id: string; name: string }>;
  timeZone: string;
}) {
  const { t } = useTranslation("meetings");
  const { errors, values } = failure;
  const list = (name: "targetIds" | "attendeeIds") =>
    values[name] !== undefined ? values[name].split(",").filter(Boolean) : (defaults[name] ?? []);
  const date = values.date ?? defaults.date;
  const [chosenTargets, chosenAttendees] = [list("targetIds"), list("attendeeIds")];
  return (
    <>
      <TextField
        name="title"
        label={t("fields.title")}
        required
        maxLength={limitsMeeting.title}
        defaultValue={values.title ?? defaults.title}
        error={errors.title}
      />
      <TextField
        name="date"
        label={t("fields.date")}
        type="date"
        required
        defaultValue={values.date ?? defaults.date}
        error={errors.date}
      />
      <TextField
        name="startTime"
        label={t("fields.startTime")}
        type="time"
        required
        hint={t("fields.timeZoneHint", { zone: timeZoneLabel(timeZone) })}
        defaultValue={values.startTime ?? defaults.startTime}
        error={errors.startTime}
      />
      <WhichOccurrence
        name="startOccurrence"
        date={date}
        time={values.startTime ?? defaults.startTime}
        timeZone={timeZone}
        chosen={values.startOccurrence ?? defaults.startOccurrence}
        error={errors.startOccurrence}
      />
      <TextField
        name="endTime"
        label={t("fields.endTime")}
        type="time"
        required
        defaultValue={values.endTime ?? defaults.endTime}
        error={errors.endTime}
      />
      <WhichOccurrence
        name="endOccurrence"
        date={date}
        time={values.endTime ?? defaults.endTime}
        timeZone={timeZone}
        chosen={values.endOccurrence ?? defaults.endOccurrence}
        error={errors.endOccurrence}
      />
      <TextField
        name="location"
        label={t("fields.location")}
        maxLength={limitsMeeting.location}
        defaultValue={values.location ?? defaults.location}
        error={errors.location}
      />
      <TextField
        name="videoUrl"
        label={t("fields.videoUrl")}
        type="url"
        maxLength={limitsMeeting.videoUrl}
        defaultValue={values.videoUrl ?? defaults.videoUrl}
        error={errors.videoUrl}
      />
      <TextAreaField
        name="agenda"
        label={t("fields.agenda")}
        maxLength={limitsMeeting.agenda}
        defaultValue={values.agenda ?? defaults.agenda}
        error={errors.agenda}
      />
      <SelectField
        name="status"
        label={t("fields.status")}
        defaultValue={values.status ?? defaults.status ?? "scheduled"}
        error={errors.status}
      >
        {meetingStatuses.map((status) => (
          <option key={status} value={status}>
            {t(labelKeys.meetingStatus[status])}
          </option>
        ))}
      </SelectField>
      <Checklist name="targetIds" legend={t("fields.targets")} options={targets} chosen={chosenTargets} />
      <Checklist name="attendeeIds" legend={t("fields.attendees")} options={members} chosen={chosenAttendees} />
    </>
  );
}
