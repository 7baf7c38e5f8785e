/**
 * Chinese administrative area codes (GB/T 2260): 6 digits, PPCCDD. A province code ends in 0000,
 * a prefecture-level city in 00. A station's area covers a claim's area when it is the same code
 * or the city / province that contains it.
 */
export const AREA_CODE_PATTERN = '^[1-9][0-9]{5}$';
const AREA_RE = new RegExp(AREA_CODE_PATTERN);

export function isAreaCode(code: string): boolean {
  return AREA_RE.test(code);
}

/** 3 for a district or county, 2 for a city, 1 for a province. */
export function areaLevel(code: string): 1 | 2 | 3 {
  if (code.endsWith('0000')) return 1;
  if (code.endsWith('00')) return 2;
  return 3;
}

/** Does a station whose area is `stationArea` serve a claim made in `claimArea`? */
export function areaCovers(stationArea: string, claimArea: string): boolean {
  if (stationArea === claimArea) return true;
  switch (areaLevel(stationArea)) {
    case 1:
      return claimArea.slice(0, 2) === stationArea.slice(0, 2);
    case 2:
      return claimArea.slice(0, 4) === stationArea.slice(0, 4);
    default:
      return false;
  }
}
