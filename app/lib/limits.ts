// Limits are generous for real names and small enough that no field can carry a payload.
export const limits = {
  personName: 100,
  email: 254,
  passwordMin: 8,
  passwordMax: 200,
  orgName: 120,
  slugMin: 3,
  slugMax: 60,
  districtName: 160,
  schoolName: 160,
} as const;
