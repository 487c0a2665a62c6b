import { useTranslation } from "react-i18next";

import { SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { useTargetPlace, type TargetPlace } from "~/components/target-place";
import { askVenues } from "~/lib/domain";
import type { FormFailure } from "~/lib/form-failure";
import { formatMoment } from "~/lib/format-dates";
import { labelKeys } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { typologyKeys } from "~/lib/typology/keys";
import { domains } from "~/lib/typology/vocabulary";
import { useLocale } from "~/lib/use-language";

import { limitsAsk } from "./__ask-limits";

type Defaults = {
  targetId?: string | null;
  text?: string;
  domain?: string;
  venue?: string;
  followUpOn?: string | null;
  meetingId?: string | null;
};

export function AskFields({
  failure,
  defaults,
  targets,
  meetings,
}: {
  failure: FormFailure;
  defaults: Defaults;
  targets: Array<TargetPlace & { id: string; name: string }>;
  meetings: Array<{ id: string; title: string; startsAt: Date }>;
}) {
  const { t } = useTranslation("asks");
  const locale = useLocale();
  const { organization } = useOrganization();
  const place = useTargetPlace();
  const { errors, values } = failure;
  const day = (at: Date) => formatMoment(at, "short", organization.timeZone, locale);
  return (
    <>
      <SelectField
        name="targetId"
        label={t("fields.target")}
        defaultValue={values.targetId ?? defaults.targetId ?? ""}
        error={errors.targetId}
        required
      >
        <option value="" disabled>
          {t("fields.chooseTarget")}
        </option>
        {targets.map((target) => (
          <option key={target.id} value={target.id}>
            {target.name} ({place(target)})
          </option>
        ))}
      </SelectField>
      <TextAreaField
        name="text"
        label={t("fields.text")}
        hint={t("fields.textHint")}
        required
        maxLength={limitsAsk.text}
        defaultValue={values.text ?? defaults.text}
        error={errors.text}
      />
      <SelectField
        name="domain"
        label={t("fields.domain")}
        defaultValue={values.domain ?? defaults.domain ?? ""}
        error={errors.domain}
        required
      >
        <option value="" disabled>
          {t("fields.choose")}
        </option>
        {domains.map((domain) => (
          <option key={domain} value={domain}>
            {t(typologyKeys.domain[domain].plain)}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="venue"
        label={t("fields.venue")}
        defaultValue={values.venue ?? defaults.venue ?? "meeting"}
        error={errors.venue}
      >
        {askVenues.map((venue) => (
          <option key={venue} value={venue}>
            {t(labelKeys.askVenue[venue])}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="meetingId"
        label={t("fields.meeting")}
        defaultValue={values.meetingId ?? defaults.meetingId ?? ""}
        error={errors.meetingId}
      >
        <option value="">{t("fields.noMeeting")}</option>
        {meetings.map((meeting) => (
          <option key={meeting.id} value={meeting.id}>
            {`${meeting.title} (${day(meeting.startsAt)})`}
          </option>
        ))}
      </SelectField>
      <TextField
        name="followUpOn"
        label={t("fields.followUpOn")}
        type="date"
        defaultValue={values.followUpOn ?? defaults.followUpOn ?? ""}
        error={errors.followUpOn}
      />
    </>
  );
}
