import type contextsCatalog from "../../locales/en/contexts.json";
import type playbookCatalog from "../../locales/en/playbook.json";
import type typologyCatalog from "../../locales/en/typology.json";

// Every key of a catalog, as "namespace:dotted.path", so a key the typed data or the generator names that is not
// in the English catalog is a type error (the catalog test keeps the other languages' keys equal to English).
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

// A plural's forms ("x_one", "x_other") are asked for by their base key with a count.
type Base<K extends string> = K extends `${infer B}_${"one" | "other"}` ? B : K;

export type PlaybookKey = `playbook:${Base<Paths<typeof playbookCatalog>>}`;
export type TypologyKey = `typology:${Paths<typeof typologyCatalog>}`;
export type ContextsKey = `contexts:${Paths<typeof contextsCatalog>}`;
/** The namespaces a playbook's words come from. */
export const playbookNamespaces = ["playbook", "typology", "contexts"] as const;
