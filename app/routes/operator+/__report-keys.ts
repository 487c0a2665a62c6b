// The words for a report's subject and status, as catalog keys: both operator report pages show them.
import type { ReportStatus, ReportSubject } from "~/lib/reports";

export const subjectKeys = {
  guidance: "operator:subject.guidance",
  agency: "operator:subject.agency",
} as const satisfies Record<ReportSubject, string>;

export const statusKeys = {
  open: "operator:status.open",
  dismissed: "operator:status.dismissed",
  actioned: "operator:status.actioned",
} as const satisfies Record<ReportStatus, string>;
