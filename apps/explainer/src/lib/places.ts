// Where the places on the routes are, for drawing them on the map. These are approximate
// public coordinates (decimal degrees, north and east positive), good to a few kilometres:
// enough to draw, not to navigate by. Which routes exist, and who is involved, comes from
// the published data; only the positions live here.

export interface Place {
  name: string;
  lat: number;
  lon: number;
  /** Where the label sits relative to the point, in pixels, and how it is anchored. */
  label?: { dx: number; dy: number; anchor: "start" | "middle" | "end" };
}

/** Places that are actors in the data, by actor reference. */
export const actorPlaces: Record<string, Place> = {
  // Rajin (Najin) port, North Korea
  A45: { name: "Rajin (Najin)", lat: 42.25, lon: 130.3, label: { dx: -9, dy: 5, anchor: "end" } },
  // Dunai naval facility, near Fokino, Primorsky Krai
  A46: { name: "Dunai", lat: 42.97, lon: 132.41, label: { dx: -6, dy: -10, anchor: "end" } },
  // Vostochny port, Nakhodka Bay, Primorsky Krai
  A47: { name: "Vostochny", lat: 42.73, lon: 133.07, label: { dx: 9, dy: 5, anchor: "start" } },
  // Tikhoretsk ammunition depot, Krasnodar Krai
  A48: { name: "Tikhoretsk", lat: 45.85, lon: 40.13, label: { dx: 8, dy: 17, anchor: "start" } },
};

/**
 * Places with no actor record that route legs name in their description: a leg whose
 * label matches `match` is drawn at this point.
 */
export const namedCrossings: (Place & { key: string; match: RegExp })[] = [
  {
    key: "tumangang-khasan",
    // Tumangang (North Korea) - Khasan (Russia) rail bridge over the Tumen river
    name: "Tumangang–Khasan rail crossing",
    lat: 42.43,
    lon: 130.65,
    match: /tumangang|khasan/i,
    label: { dx: -8, dy: -9, anchor: "end" },
  },
];

/** Places of strikes that claims and events name: a claim mentioning `match` is placed here. */
export const strikePlaces: (Place & { key: string; match: RegExp })[] = [
  {
    key: "kharkiv",
    name: "Kharkiv",
    lat: 49.99,
    lon: 36.23,
    match: /\bKharkiv\b/i,
    label: { dx: 10, dy: -8, anchor: "start" },
  },
];

/** ISO 3166 alpha-2 codes of the countries the data names, to their numeric codes in world-atlas. */
export const isoNumeric: Record<string, string> = {
  RU: "643",
  KP: "408",
  UA: "804",
  KR: "410",
  CN: "156",
  JP: "392",
};

/** Country and sea names, placed by hand where they read best on each map. */
export const regionLabels: {
  map: "east" | "eurasia";
  name: string;
  lat: number;
  lon: number;
  kind: "country" | "sea";
}[] = [
  { map: "east", name: "RUSSIA", lat: 45.3, lon: 134.6, kind: "country" },
  { map: "east", name: "CHINA", lat: 44.3, lon: 127.2, kind: "country" },
  { map: "east", name: "NORTH KOREA", lat: 40.4, lon: 126.9, kind: "country" },
  { map: "east", name: "SOUTH KOREA", lat: 37.0, lon: 128.3, kind: "country" },
  { map: "east", name: "JAPAN", lat: 40.3, lon: 137.0, kind: "country" },
  { map: "east", name: "Sea of Japan (East Sea)", lat: 40.6, lon: 133.0, kind: "sea" },
  { map: "eurasia", name: "RUSSIA", lat: 58.5, lon: 90, kind: "country" },
  { map: "eurasia", name: "UKRAINE", lat: 46.9, lon: 30.6, kind: "country" },
  { map: "eurasia", name: "KAZAKHSTAN", lat: 48.0, lon: 67, kind: "country" },
  { map: "eurasia", name: "MONGOLIA", lat: 46.6, lon: 103, kind: "country" },
  { map: "eurasia", name: "CHINA", lat: 37.5, lon: 95, kind: "country" },
];
