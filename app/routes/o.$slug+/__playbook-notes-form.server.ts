// The form's zod schema, for its route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

import { multiLineField } from "~/lib/schemas.server";
import { systemTypes } from "~/lib/typology";

import { noteLimit } from "./__playbook-notes-limits";

export const notesSchema = z.object(
  Object.fromEntries(
    systemTypes.map((type) => [`note_${type}`, multiLineField(noteLimit, { tooLong: "playbook-page:notes.tooLong" })]),
  ),
);
