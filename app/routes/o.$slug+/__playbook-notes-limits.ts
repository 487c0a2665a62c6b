// How long each of an agency's playbook notes may be: shown by the form, checked by its action.
export const noteLimit = 10_000;
