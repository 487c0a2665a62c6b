// Plain code, no React: the form schemas' tests and the server read it without loading the page's hooks.

/** A catalog key with its namespace, such as "common:form.invalid" (no spaces, one colon after the namespace). */
export const isMessageKey = (message: string) => /^[a-z][\w-]*:[\w.-]+$/.test(message);
