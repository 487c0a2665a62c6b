type LastPart<Key extends string> = Key extends `${string}.${infer Rest}` ? LastPart<Rest> : Key;

/**
 * A question's answers and the catalog key of each, from the keys alone: an answer is its key's last part
 * ("diagnostic:cueAnswer.yes" answers "yes"), so the two can never disagree. The keys stay written out in full
 * because the catalog test looks for every key literally in the code.
 */
export function answerSet<const Keys extends readonly [string, ...string[]]>(keys: Keys) {
  const answerOf = (key: string) => key.slice(key.lastIndexOf(".") + 1);
  // The casts only name what the two lines compute: TypeScript cannot follow a string split into a type.
  const answers = keys.map(answerOf) as unknown as { readonly [I in keyof Keys]: LastPart<Keys[I] & string> };
  const byAnswer = Object.fromEntries(keys.map((key) => [answerOf(key), key])) as {
    readonly [Key in Keys[number] as LastPart<Key>]: Key;
  };
  return { answers, keys: byAnswer };
}
