import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { Trans } from "~/components/trans";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { inSentence } from "~/lib/in-sentence";
import { href } from "~/lib/paths";
import { typologyKeys } from "~/lib/typology/keys";
import { useLocale } from "~/lib/use-language";
import { getSchool, listSchools } from "~/models/district.server";
import { createTarget } from "~/models/target.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireDistrict } from "~/services/permissions.server";
import { currentPlaybook, pointOf, returnToIn } from "~/services/playbook-actions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { TargetFields } from "./__target-fields";
import { targetFormSchema } from "./__target-form.server";
import { targetPrefillSchema } from "./__target-prefill.server";

export const handle = { i18n: ["districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "targets.edit");
  const query = targetPrefillSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const schools = listSchools(district.id).map(({ id, name }) => ({ id, name }));
  const { locus, domain } = query;
  // From a point of the playbook: say which, and offer the people the playbook says usually hold that work.
  const { t, language } = await requestTranslator(request, "districts");
  const playbook = locus && domain ? currentPlaybook(district.id, query.context, language) : null;
  const point = playbook && locus && domain ? pointOf(playbook.model, { domain, locus }) : undefined;
  const returnTo = returnToIn(organization.slug, query.returnTo);
  return {
    title: t("target.newMetaTitle"),
    back:
      returnTo ?? href("/o/:slug/districts/:districtId/targets", { slug: organization.slug, districtId: district.id }),
    backLabel: returnTo ? t("target.backToPlaybook") : t("targets.breadcrumb"),
    returnTo,
    schools,
    point: point ? { domain: point.domain, locus: point.locus, level: point.level, holders: point.holders } : null,
    defaults: {
      locus,
      domains: domain ? [domain] : [],
      schoolId: locus === "school" && schools.some((school) => school.id === query.school) ? query.school : null,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "targets.edit");
  const formData = await readForm(request);
  const parsed = parseForm(formData, targetFormSchema, ["domains"]);
  if (!parsed.ok) return invalid(parsed.failure);
  if (parsed.data.schoolId && !getSchool(district.id, parsed.data.schoolId)) {
    return fieldError(parsed.values, "schoolId", "districts:targetForm.validation.schoolOfDistrict");
  }
  const id = createTarget(district.id, parsed.data);
  const returnTo = returnToIn(organization.slug, formData.get("returnTo"));
  return redirectWithConfirmation(
    returnTo ??
      href("/o/:slug/districts/:districtId/targets/:targetId", {
        slug: organization.slug,
        districtId: district.id,
        targetId: id,
      }),
    "target-added",
  );
}

export default function NewTarget() {
  const { back, backLabel, returnTo, schools, point, defaults } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("districts");
  const locale = useLocale();
  return (
    <FormSection
      id="new-target-title"
      title={t("targets.add")}
      failure={failure}
      submitLabel={t("target.submit")}
      busyLabel={t("adding")}
      back={{ to: back, label: backLabel }}
    >
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      {point ? (
        <p className="notice">
          <Trans
            t={t}
            i18nKey="target.forPoint"
            values={{
              title: t("targets.gapTitle", {
                domain: t(typologyKeys.domain[point.domain].plain),
                locus: t(typologyKeys.locus[point.locus]),
              }),
              level: inSentence(t(typologyKeys.level[point.level].plain), locale),
            }}
            components={{ strong: <strong /> }}
          />
        </p>
      ) : null}
      <TargetFields failure={failure} defaults={defaults} schools={schools} suggestions={point?.holders ?? []} />
    </FormSection>
  );
}
