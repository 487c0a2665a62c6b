// Web addresses (slugs) made from a name, in the browser as the name is typed and on the server when the field
// is left empty, so both give the same answer. No zod here: the new-organization form's script imports this.

/** The longest web address allowed (limits.slugMax, kept here so the browser bundle needs no schema code). */
export const slugMaxLength = 60;

/**
 * "Maple Hollow Families & Friends" gives "maple-hollow-families-and-friends": accents dropped, every run of
 * other characters one hyphen, cut at a hyphen boundary to fit. A name with no letters or digits gives "".
 */
export function slugFromName(name: string, max = slugMaxLength): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['\u2019]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}

/** The next address to offer when `slug` is taken: "river-city-2", "river-city-3", … within the length limit. */
export function numberedSlug(slug: string, n: number, max = slugMaxLength): string {
  const suffix = `-${n}`;
  return `${slug.slice(0, max - suffix.length).replace(/-+$/, "")}${suffix}`;
}
