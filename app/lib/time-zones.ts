// The zones US schools run on, offered first by the names people use for them; then the other U.S. zones, then
// any other IANA zone the runtime knows (all are accepted).
export const usTimeZones = [
  ["America/New_York", "Eastern time"],
  ["America/Chicago", "Central time"],
  ["America/Denver", "Mountain time"],
  ["America/Phoenix", "Arizona (Mountain time, no daylight saving)"],
  ["America/Los_Angeles", "Pacific time"],
  ["America/Anchorage", "Alaska time"],
  ["Pacific/Honolulu", "Hawaii-Aleutian time"],
  ["America/Puerto_Rico", "Puerto Rico and U.S. Virgin Islands (Atlantic time)"],
] as const;

export const moreUsTimeZones = [
  ["America/Indiana/Indianapolis", "Eastern time (Indiana)"],
  ["America/Detroit", "Eastern time (Michigan)"],
  ["America/Boise", "Mountain time (southern Idaho)"],
  ["Pacific/Guam", "Chamorro time (Guam, Northern Mariana Islands)"],
  ["Pacific/Pago_Pago", "Samoa time (American Samoa)"],
] as const;

const namedZones = new Map<string, string>([...usTimeZones, ...moreUsTimeZones]);

/** A zone as a person says it: "Eastern time" for America/New_York; other zones by their IANA name. */
export function timeZoneLabel(zone: string): string {
  return namedZones.get(zone) ?? zone.replace(/_/g, " ");
}

let known: Set<string> | undefined;

export function isValidTimeZone(zone: string): boolean {
  known ??= new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
  if (known.has(zone)) return true;
  try {
    // Accept canonical aliases the list leaves out (e.g. "US/Eastern" is not listed but is valid).
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.includes("/");
  } catch {
    return false;
  }
}

/** Every zone the runtime knows that is not named above, in its (alphabetical) order. */
export function otherTimeZones(): string[] {
  return Intl.supportedValuesOf("timeZone").filter((zone) => !namedZones.has(zone));
}
