// e-conomic keeps the country as free text (≤ 50, §1.6), in practice the Danish name; canonical
// records carry ISO 3166-1 alpha-2 codes. These tables cover Denmark's usual trading partners.

const danishNames: Readonly<Record<string, string>> = {
  DK: 'Danmark', SE: 'Sverige', NO: 'Norge', FI: 'Finland', IS: 'Island', FO: 'Færøerne', GL: 'Grønland',
  DE: 'Tyskland', NL: 'Holland', BE: 'Belgien', LU: 'Luxembourg', FR: 'Frankrig', ES: 'Spanien', PT: 'Portugal',
  IT: 'Italien', AT: 'Østrig', IE: 'Irland', PL: 'Polen', CZ: 'Tjekkiet', SK: 'Slovakiet', HU: 'Ungarn',
  SI: 'Slovenien', HR: 'Kroatien', RO: 'Rumænien', BG: 'Bulgarien', GR: 'Grækenland', CY: 'Cypern', MT: 'Malta',
  EE: 'Estland', LV: 'Letland', LT: 'Litauen', GB: 'Storbritannien', CH: 'Schweiz', US: 'USA', CA: 'Canada',
  CN: 'Kina', JP: 'Japan', AU: 'Australien',
};

// Names a user may have typed instead, mapped to the same codes.
const aliases: Readonly<Record<string, string>> = {
  denmark: 'DK', sweden: 'SE', norway: 'NO', germany: 'DE', deutschland: 'DE', netherlands: 'NL', nederland: 'NL',
  holland: 'NL', france: 'FR', spain: 'ES', italy: 'IT', austria: 'AT', ireland: 'IE', poland: 'PL', 'czech republic': 'CZ',
  czechia: 'CZ', greece: 'GR', 'united kingdom': 'GB', england: 'GB', uk: 'GB', switzerland: 'CH', 'united states': 'US',
  usa: 'US', belgium: 'BE', iceland: 'IS', 'faroe islands': 'FO', greenland: 'GL', estonia: 'EE', latvia: 'LV',
  lithuania: 'LT', hungary: 'HU', portugal: 'PT', finland: 'FI',
};

const byName = new Map<string, string>([
  ...Object.entries(danishNames).map(([code, name]) => [name.toLowerCase(), code] as [string, string]),
  ...Object.entries(aliases),
]);

/** The country text e-conomic shows for an ISO code; unknown codes are sent as the code itself. */
export function countryName(code: string): string {
  return danishNames[code.toUpperCase()] ?? code.toUpperCase();
}

/** The ISO code for e-conomic's country text; undefined when it is not recognised. */
export function countryCode(name: string | undefined): string | undefined {
  if (name === undefined || name.trim() === '') return undefined;
  const trimmed = name.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  return byName.get(trimmed.toLowerCase());
}
