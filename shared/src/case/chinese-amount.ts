const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿', '万亿'];

/** 0-9999 in capitals, zeros inside collapsed to one 零, none at the end (1010 → 壹仟零壹拾). */
function group(n: number): string {
  let out = '';
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    out += (zero ? '零' : '') + DIGITS[d] + PLACES[place];
    zero = false;
  }
  return out;
}

/**
 * An amount in fen as written on Chinese financial documents (大写金额, per the rules for writing
 * amounts on bills: 元 then 整 when there are no 角/分; a zero between 元 and 分 is written 零):
 * 3,048,000 fen → 叁万零肆佰捌拾元整, 350,050 → 叁仟伍佰元伍角, 100,005 → 壹仟元零伍分.
 */
export function chineseAmount(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError('an amount in fen is a non-negative integer');
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cent = fen % 10;
  let out = '';
  let gap = false;
  const groups: number[] = [];
  for (let y = yuan; y > 0; y = Math.floor(y / 10000)) groups.push(y % 10000);
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) {
      gap = out !== '';
      continue;
    }
    if (out && (gap || g < 1000)) out += '零';
    out += group(g) + GROUPS[i];
    gap = false;
  }
  if (out) out += '元';
  if (jiao === 0 && cent === 0) return (out || '零元') + '整';
  if (jiao > 0) out += DIGITS[jiao] + '角';
  else if (out) out += '零';
  if (cent > 0) out += DIGITS[cent] + '分';
  return out;
}
