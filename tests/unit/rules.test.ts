import { describe, expect, it } from "vitest";

import { can, invitableRoles, kindHas } from "~/lib/permissions";
import {
  districtSchema,
  isCalendarDate,
  organizationSchema,
  safeRedirect,
  schoolSchema,
  signupSchema,
} from "~/lib/schemas.server";
import { isValidTimeZone } from "~/lib/time-zones";
import { usStateCodes } from "~/lib/us-states";

describe("the permission table", () => {
  it("lets coalition members read, organizers edit districts and invite, owners manage members", () => {
    expect(can("coalition", "member", "districts.view")).toBe(true);
    expect(can("coalition", "member", "districts.edit")).toBe(false);
    expect(can("coalition", "member", "members.invite")).toBe(false);
    expect(can("coalition", "organizer", "districts.edit")).toBe(true);
    expect(can("coalition", "organizer", "members.invite")).toBe(true);
    expect(can("coalition", "organizer", "members.manage")).toBe(false);
    expect(can("coalition", "owner", "members.manage")).toBe(true);
    expect(can("coalition", "staff", "organization.view")).toBe(false);
  });

  it("gives state agencies no districts and no coalition roles", () => {
    expect(kindHas("state_agency", "districts.view")).toBe(false);
    expect(can("state_agency", "owner", "districts.view")).toBe(false);
    expect(can("state_agency", "organizer", "organization.view")).toBe(false);
    expect(can("state_agency", "staff", "organization.view")).toBe(true);
    expect(can("state_agency", "staff", "members.invite")).toBe(false);
  });

  it("never lets anyone invite above their own role", () => {
    expect(invitableRoles("coalition", "owner")).toEqual(["owner", "organizer", "member"]);
    expect(invitableRoles("coalition", "organizer")).toEqual(["organizer", "member"]);
    expect(invitableRoles("coalition", "member")).toEqual([]);
    expect(invitableRoles("state_agency", "owner")).toEqual(["owner", "staff"]);
    expect(invitableRoles("state_agency", "staff")).toEqual([]);
  });
});

describe("validation", () => {
  it("knows the 50 states, DC and the five inhabited territories", () => {
    expect(usStateCodes).toHaveLength(56);
    expect(organizationSchema.shape.state.safeParse("PR").success).toBe(true);
    expect(organizationSchema.shape.state.safeParse("oh").success).toBe(false);
    expect(organizationSchema.shape.state.safeParse("XX").success).toBe(false);
  });

  it("accepts IANA time zones only", () => {
    expect(isValidTimeZone("America/Chicago")).toBe(true);
    expect(isValidTimeZone("Pacific/Honolulu")).toBe(true);
    expect(isValidTimeZone("Mars/Base")).toBe(false);
    expect(isValidTimeZone("EST5EDT; drop table")).toBe(false);
  });

  it("normalises emails and trims names", () => {
    const parsed = signupSchema.parse({ name: "  Ana  ", email: " Ana@Example.ORG ", password: "long enough" });
    expect(parsed).toEqual({ name: "Ana", email: "ana@example.org", password: "long enough" });
  });

  it("treats NCES ids as optional fixed-length digit strings", () => {
    expect(districtSchema.parse({ name: "D", state: "OH", ncesId: "" }).ncesId).toBeNull();
    expect(districtSchema.safeParse({ name: "D", state: "OH", ncesId: "3904490" }).success).toBe(true);
    expect(districtSchema.safeParse({ name: "D", state: "OH", ncesId: "390449" }).success).toBe(false);
    expect(schoolSchema.safeParse({ name: "S", level: "high", ncesId: "390449001234" }).success).toBe(true);
    expect(schoolSchema.safeParse({ name: "S", level: "high", ncesId: "3904490" }).success).toBe(false);
  });

  it("accepts only real calendar days as dates", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-02-31")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("26-1-1")).toBe(false);
  });

  it("only redirects within the site", () => {
    expect(safeRedirect("/o/x")).toBe("/o/x");
    expect(safeRedirect("//evil.example")).toBe("/home");
    expect(safeRedirect("/\\evil.example")).toBe("/home");
    expect(safeRedirect("https://evil.example")).toBe("/home");
    expect(safeRedirect(null)).toBe("/home");
  });
});
