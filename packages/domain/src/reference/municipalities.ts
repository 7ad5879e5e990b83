// Swedish reference data for the domain: municipalities and counties (SCB), exclusion zones over them,
// the police regions that cover them, and personal identity numbers.
export * from './municipalityRegistry.ts';
export * from './exclusionZones.ts';
export * from './policeRegions.ts';
export * from './personalIdentityNumber.ts';
