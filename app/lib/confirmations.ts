// The short confirmations shown after a form succeeds. A redirect names one of these keys in a cookie; the next
// page shows its text once. Only keys from this list are ever shown, so the cookie cannot put words on a page.
export const confirmationMessages = {
  saved: "Saved.",
  created: "Added.",
  deleted: "Deleted.",
  "task-assigned": "Task assigned.",
  "task-done": "Marked done. Thank you! If that was a slip, you can undo it below for a week.",
  "task-reopened": "The task is open again, and its reminders are back on.",
  "task-handed-back": "Handed back. The organizers can see it on the dashboard, and we emailed them.",
  "task-reassigned": "Task reassigned.",
  "task-closed": "Confirmed as done.",
  "invitation-withdrawn": "Invitation withdrawn. Its link no longer works.",
  "invitation-sent": "Invitation sent. We are emailing them a link to join; the members page shows whether it arrived.",
  "guidance-published": "Published. Coalitions it is meant for can read it now, and their organizers are emailed.",
  "guidance-withdrawn": "Withdrawn. Coalitions no longer see it.",
  "guidance-read": "Marked as read.",
  "guidance-acknowledged": "Acknowledged. The agency can see that it arrived.",
  "meeting-scheduled": "Meeting scheduled. Its attendees will be reminded before it.",
  "ask-logged": "Ask logged.",
  "campaign-started": "Campaign started.",
  "district-added": "District added.",
  "target-added": "Target added.",
  "school-added": "School added.",
  "diagnostic-saved": "Answers saved.",
  "organization-created": "Created. This is its front page; everything starts from here.",
  "declaration-saved": "Saved. Your playbook now follows this system type.",
  "member-updated": "Member updated.",
} as const;

export type ConfirmationKey = keyof typeof confirmationMessages;

export const isConfirmationKey = (value: string): value is ConfirmationKey =>
  Object.prototype.hasOwnProperty.call(confirmationMessages, value);
