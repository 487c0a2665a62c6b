// The zones US schools run on, offered first; any other IANA zone the runtime knows is accepted too.
export const usTimeZones = [
  ["America/New_York", "Eastern"],
  ["America/Chicago", "Central"],
  ["America/Denver", "Mountain"],
  ["America/Phoenix", "Mountain, no daylight saving (Arizona)"],
  ["America/Los_Angeles", "Pacific"],
  ["America/Anchorage", "Alaska"],
  ["Pacific/Honolulu", "Hawaii"],
  ["America/Puerto_Rico", "Atlantic (Puerto Rico, U.S. Virgin Islands)"],
  ["Pacific/Guam", "Chamorro (Guam, Northern Mariana Islands)"],
  ["Pacific/Pago_Pago", "Samoa (American Samoa)"],
  ["America/Indiana/Indianapolis", "Eastern (Indiana)"],
  ["America/Detroit", "Eastern (Michigan)"],
  ["America/Boise", "Mountain (Idaho)"],
] as const;

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

export function otherTimeZones(): string[] {
  const us = new Set<string>(usTimeZones.map(([zone]) => zone));
  return Intl.supportedValuesOf("timeZone").filter((zone) => !us.has(zone));
}
