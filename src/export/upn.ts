/**
 * Unique Pupil Numbers (DfE "Unique Pupil Numbers (UPN): a guide for schools and local
 * authorities", §3): 13 characters, a check letter, the 3-digit LA code, then 9 digits.
 */

/** The 23 check letters (I, O and S are never used), indexed by the weighted remainder. */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * The check letter of a UPN body (characters 2–13): each character times its position (2–13),
 * summed, remainder mod 23 indexes the check letters. A letter in position 13 (temporary UPN)
 * counts as its index in the same table.
 * @example upnCheckLetter('201123456789') // the first character of the full UPN
 */
export function upnCheckLetter(body: string): string {
  if (!/^\d{11}[\dA-Z]$/.test(body)) throw new Error(`UPN body "${body}" must be 11 digits and a digit or capital letter`);
  let sum = 0;
  for (let i = 0; i < 12; i += 1) {
    const ch = body[i] ?? '0';
    const value = /\d/.test(ch) ? Number(ch) : CHECK_LETTERS.indexOf(ch);
    sum += value * (i + 2);
  }
  return CHECK_LETTERS[sum % 23] ?? 'A';
}

/**
 * A full UPN for a local authority and a 9-digit serial: check letter, LA code, serial.
 * @example createUpn('201', 451) // 'X201000000451' with its check letter first
 */
export function createUpn(laCode: string, serial: number): string {
  const body = `${laCode}${String(serial).padStart(9, '0')}`;
  return `${upnCheckLetter(body)}${body}`;
}
