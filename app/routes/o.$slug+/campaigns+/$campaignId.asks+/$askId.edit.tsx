import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, formValues, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { foreignAskReference, StaleEditError, updateAsk } from "~/models/ask.server";
import { targetOptions } from "~/models/campaign.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireAsk } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { AskFields } from "./__ask-fields";
import { askFormSchema, versionField } from "./__ask-form.server";
import { meetingChoices } from "./__ask-meetings.server";

export const handle = { i18n: ["asks"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign, ask } = await requireAsk(request, params, "asks.edit");
  const { t } = await requestTranslator(request, "asks");
  return {
    title: t("edit.metaTitle"),
    back: href("/o/:slug/campaigns/:campaignId/asks/:askId", {
      slug: organization.slug,
      campaignId: campaign.id,
      askId: ask.id,
    }),
    ask,
    targets: targetOptions(campaign.districtId),
    meetings: meetingChoices(campaign.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, campaign, ask, user } = await requireAsk(request, params, "asks.edit");
  const formData = await readForm(request);
  const version = versionField.safeParse(formData.get("version"));
  const parsed = parseForm(formData, askFormSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  if (!version.success) return fieldError(parsed.values, "form", "asks:form.incomplete");
  const foreign = foreignAskReference(campaign, parsed.data);
  if (foreign) return fieldError(parsed.values, foreign.field, foreign.message);
  try {
    updateAsk(organization.id, ask, version.data, parsed.data, user);
  } catch (error) {
    if (error instanceof StaleEditError) {
      // Keep what this person typed, and show them the version that is now saved.
      return data(
        { errors: { form: "asks:stale" }, values: formValues(formData), current: error.current },
        { status: 409 },
      );
    }
    throw error;
  }
  return redirectWithConfirmation(
    href("/o/:slug/campaigns/:campaignId/asks/:askId", {
      slug: organization.slug,
      campaignId: campaign.id,
      askId: ask.id,
    }),
    "saved",
  );
}

export default function EditAsk() {
  const { back, ask, targets, meetings } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const result = useActionData<typeof action>();
  const current = result && "current" in result ? result.current : undefined;
  const version = current?.version ?? ask.version;
  const { t } = useTranslation("asks");
  return (
    <FormSection
      id="edit-ask-title"
      title={t("edit.title")}
      failure={failure}
      submitLabel={t("edit.submit")}
      busyLabel={t("edit.busy")}
      cancelTo={back}
    >
      {current ? (
        <div className="notice" role="status">
          <h2>{t("edit.savedNow")}</h2>
          <p>{t("edit.savedVersion", { target: current.targetName, text: current.text })}</p>
        </div>
      ) : null}
      <input type="hidden" name="version" value={version} />
      <AskFields failure={failure} defaults={ask} targets={targets} meetings={meetings} />
    </FormSection>
  );
}
