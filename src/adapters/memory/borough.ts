/**
 * Brackenford: a FICTIONAL English borough for the demo. Its name, streets, buildings and postcodes are
 * invented. The postcodes are in a valid format but use the outward codes BK1 to BK4, which no real
 * postcode area uses. Coordinates are plausible and close together (about four miles north to south).
 */
import type { GeoPoint, Location } from '../../core/model.js';

export const BOROUGH_NAME = 'Brackenford';
export const LOCALITIES = ['North', 'Central', 'South'] as const;
export type Locality = (typeof LOCALITIES)[number];

const TOWN = 'Brackenford';

const point = (latitude: number, longitude: number): GeoPoint => ({ latitude, longitude });

const HUB_ACCESS = [
  'Step-free access',
  'Accessible toilet',
  'Baby changing facilities',
  'Hearing loop at reception',
  'Quiet room available',
  'Buggy park',
];

const LOCATIONS: readonly Location[] = [
  {
    id: 'loc-north-hub',
    name: 'North Family Hub',
    address: { line1: 'Heathfield House', line2: '14 Heathfield Road', town: TOWN, postcode: 'BK1 4HF' },
    point: point(52.4531, -1.0142),
    accessibility: [...HUB_ACCESS, 'Blue badge parking at the front'],
    isFamilyHub: true,
    locality: 'North',
  },
  {
    id: 'loc-central-hub',
    name: 'Central Family Hub',
    address: { line1: "2 Tanner's Yard", line2: 'Market Street', town: TOWN, postcode: 'BK2 1TY' },
    point: point(52.4302, -1.0087),
    accessibility: [...HUB_ACCESS, 'Lift to first floor', 'Breastfeeding room'],
    isFamilyHub: true,
    locality: 'Central',
  },
  {
    id: 'loc-south-hub',
    name: 'South Family Hub',
    address: { line1: '60 Osier Way', town: TOWN, postcode: 'BK3 6LW' },
    point: point(52.4068, -1.0031),
    accessibility: [...HUB_ACCESS, 'Sensory room', 'Enclosed outdoor play area'],
    isFamilyHub: true,
    locality: 'South',
  },
  {
    id: 'loc-central-library',
    name: 'Brackenford Central Library',
    address: { line1: 'Library Square', town: TOWN, postcode: 'BK2 3LS' },
    point: point(52.4317, -1.0121),
    accessibility: ['Step-free access by the side entrance', 'Lift to all floors', 'Accessible toilet', 'Hearing loop'],
    isFamilyHub: false,
    locality: 'Central',
  },
  {
    id: 'loc-st-aidans-hall',
    name: "St Aidan's Church Hall",
    address: { line1: 'Chapel Lane', line2: 'Northgate', town: TOWN, postcode: 'BK1 2DW' },
    point: point(52.4488, -1.0063),
    accessibility: ['Ramp at the main door', 'Accessible toilet', 'On-street parking only'],
    isFamilyHub: false,
    locality: 'North',
  },
  {
    id: 'loc-oakfield-childrens-centre',
    name: "Oakfield Children's Centre",
    address: { line1: 'Oakfield Road', town: TOWN, postcode: 'BK3 4RB' },
    point: point(52.4121, -0.9958),
    accessibility: ['Step-free access', 'Accessible toilet', 'Baby changing facilities', 'Small car park'],
    isFamilyHub: false,
    locality: 'South',
  },
  {
    id: 'loc-leisure-centre',
    name: 'Brackenford Leisure Centre',
    address: { line1: 'Riverside Park', line2: 'Mill Road', town: TOWN, postcode: 'BK2 7RP' },
    point: point(52.424, -1.0172),
    accessibility: ['Step-free access', 'Changing Places toilet', 'Pool hoist', 'Family changing rooms', 'Free parking'],
    isFamilyHub: false,
    locality: 'Central',
  },
  {
    id: 'loc-westgate-community-centre',
    name: 'Westgate Community Centre',
    address: { line1: '3 Westgate', town: TOWN, postcode: 'BK3 2WG' },
    point: point(52.4155, -1.0214),
    accessibility: ['Step-free access', 'Accessible toilet', 'Hearing loop in the main hall'],
    isFamilyHub: false,
    locality: 'South',
  },
  {
    id: 'loc-health-centre',
    name: 'Brackenford Health Centre',
    address: { line1: 'Station Road', town: TOWN, postcode: 'BK2 5HN' },
    point: point(52.4279, -1.0026),
    accessibility: ['Step-free access', 'Accessible toilet', 'Hearing loop', 'Wheelchairs to borrow at reception'],
    isFamilyHub: false,
    locality: 'Central',
  },
];

const BY_ID = new Map(LOCATIONS.map((l) => [l.id, l]));

/** Homes across the borough (and one village just outside it), so a family's postcode resolves offline. */
const HOME_POSTCODES: Record<string, GeoPoint> = {
  'BK1 3QT': point(52.4563, -1.0201),
  'BK1 5NR': point(52.4502, -0.9987),
  'BK1 6XY': point(52.4597, -1.0088),
  'BK1 7EJ': point(52.4445, -1.0175),
  'BK2 4PA': point(52.4336, -1.0049),
  'BK2 6GD': point(52.4268, -1.0135),
  'BK2 8UB': point(52.4381, -1.0192),
  'BK3 5ST': point(52.4092, -1.0102),
  'BK3 7PN': point(52.4024, -0.9996),
  'BK3 9HZ': point(52.3987, -1.0068),
  // Little Brackenford, a village about four miles south of the town.
  'BK4 1AB': point(52.3702, -1.0015),
};

/** Every venue: three Family Hubs (one per locality) and the community venues. A fresh copy each call. */
export function demoLocations(): Location[] {
  return LOCATIONS.map(copyLocation);
}

/** A venue by id; throws for an unknown id so a typo in the demo data fails loudly. */
export function locationById(id: string): Location {
  const location = BY_ID.get(id);
  if (!location) throw new RangeError(`Unknown demo location: ${id}`);
  return copyLocation(location);
}

/** Normalised postcode → point, for every venue and a spread of homes, so lookupPostcode works offline. */
export function demoPostcodes(): Record<string, GeoPoint> {
  const postcodes: Record<string, GeoPoint> = {};
  for (const location of LOCATIONS) {
    if (location.address && location.point) postcodes[location.address.postcode] = { ...location.point };
  }
  for (const [postcode, at] of Object.entries(HOME_POSTCODES)) postcodes[postcode] = { ...at };
  return postcodes;
}

function copyLocation(location: Location): Location {
  return structuredClone(location);
}
