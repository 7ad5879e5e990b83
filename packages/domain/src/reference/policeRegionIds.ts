// The police regions' ids alone, with no dependency: the console imports them (`@relocation/domain/police-regions`)
// without the rest of the domain.

/** The seven police regions (polisregioner) since the 2015 reorganisation, as used in `police:<region>` ids. */
export const policeRegions = ['nord', 'mitt', 'stockholm', 'ost', 'vast', 'syd', 'bergslagen'] as const;
export type PoliceRegion = (typeof policeRegions)[number];
