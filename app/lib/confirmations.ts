// The short confirmations shown after a form succeeds. A redirect names one of these keys in a cookie; the next
// page shows its text once, in the reader's language (app/locales/<language>/confirmations.json). Only keys from
// this list are ever shown, so the cookie cannot put words on a page.
export const confirmationMessages = {
  saved: "confirmations:saved",
  created: "confirmations:created",
  deleted: "confirmations:deleted",
  "task-assigned": "confirmations:task-assigned",
  "task-done": "confirmations:task-done",
  "task-reopened": "confirmations:task-reopened",
  "task-handed-back": "confirmations:task-handed-back",
  "task-reassigned": "confirmations:task-reassigned",
  "task-closed": "confirmations:task-closed",
  "invitation-withdrawn": "confirmations:invitation-withdrawn",
  "invitation-sent": "confirmations:invitation-sent",
  "guidance-published": "confirmations:guidance-published",
  "guidance-withdrawn": "confirmations:guidance-withdrawn",
  "guidance-read": "confirmations:guidance-read",
  "guidance-acknowledged": "confirmations:guidance-acknowledged",
  "meeting-scheduled": "confirmations:meeting-scheduled",
  "ask-logged": "confirmations:ask-logged",
  "campaign-started": "confirmations:campaign-started",
  "district-added": "confirmations:district-added",
  "target-added": "confirmations:target-added",
  "school-added": "confirmations:school-added",
  "diagnostic-saved": "confirmations:diagnostic-saved",
  "organization-created": "confirmations:organization-created",
  "declaration-saved": "confirmations:declaration-saved",
  "member-updated": "confirmations:member-updated",
} as const;

export type ConfirmationKey = keyof typeof confirmationMessages;

export const isConfirmationKey = (value: string): value is ConfirmationKey =>
  Object.prototype.hasOwnProperty.call(confirmationMessages, value);
