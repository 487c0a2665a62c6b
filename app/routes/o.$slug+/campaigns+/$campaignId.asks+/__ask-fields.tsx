import { SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { askVenues } from "~/lib/domain";
import type { FormFailure } from "~/lib/form-failure";
import { askVenueLabels } from "~/lib/labels";
import { domainLabels, domains } from "~/lib/typology/vocabulary";

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
  targets: Array<{ id: string; name: string; where: string }>;
  meetings: Array<{ id: string; title: string }>;
}) {
  const { errors, values } = failure;
  return (
    <>
      <SelectField
        name="targetId"
        label="Target"
        defaultValue={values.targetId ?? defaults.targetId ?? ""}
        error={errors.targetId}
        required
      >
        <option value="" disabled>
          Choose who you are asking…
        </option>
        {targets.map((target) => (
          <option key={target.id} value={target.id}>
            {target.name} ({target.where})
          </option>
        ))}
      </SelectField>
      <TextAreaField
        name="text"
        label="The ask"
        hint="One specific thing you want them to do, in words they can say yes or no to."
        required
        maxLength={limitsAsk.text}
        defaultValue={values.text ?? defaults.text}
        error={errors.text}
      />
      <SelectField
        name="domain"
        label="Kind of work it touches"
        defaultValue={values.domain ?? defaults.domain ?? ""}
        error={errors.domain}
        required
      >
        <option value="" disabled>
          Choose…
        </option>
        {domains.map((domain) => (
          <option key={domain} value={domain}>
            {domainLabels[domain]}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="venue"
        label="Where it is made"
        defaultValue={values.venue ?? defaults.venue ?? "meeting"}
        error={errors.venue}
      >
        {askVenues.map((venue) => (
          <option key={venue} value={venue}>
            {askVenueLabels[venue]}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="meetingId"
        label="Made in a meeting? (optional)"
        defaultValue={values.meetingId ?? defaults.meetingId ?? ""}
        error={errors.meetingId}
      >
        <option value="">Not in a meeting</option>
        {meetings.map((meeting) => (
          <option key={meeting.id} value={meeting.id}>
            {meeting.title}
          </option>
        ))}
      </SelectField>
      <TextField
        name="followUpOn"
        label="Follow up on (optional)"
        type="date"
        defaultValue={values.followUpOn ?? defaults.followUpOn ?? ""}
        error={errors.followUpOn}
      />
    </>
  );
}
