/** Check-digit algorithms of the identifiers the detectors validate. */

/** The Luhn (mod 10) check used by payment cards: true when `digits` (ASCII digits only) passes. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The digit that makes `body` + digit pass Luhn. */
export function luhnCheckDigit(body: string): number {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + String(d))) return d;
  return 0;
}

/**
 * The NHS number check digit of the first nine digits (weights 10 down to 2,
 * modulus 11), or -1 when no check digit exists (remainder gives 10).
 */
export function nhsCheckDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (nine.charCodeAt(i) - 48) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return -1;
  return check;
}

/** True when ten ASCII digits form a valid NHS number. */
export function nhsNumberValid(ten: string): boolean {
  if (ten.length !== 10) return false;
  const check = nhsCheckDigit(ten.slice(0, 9));
  return check >= 0 && check === ten.charCodeAt(9) - 48;
}

/**
 * The ISO 13616 remainder of an IBAN (upper-case letters and digits, no
 * spaces): the first four characters move to the end, letters become 10–35,
 * and the number is taken modulo 97 digit by digit so it never overflows.
 */
export function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    if (code >= 48 && code <= 57) rem = (rem * 10 + (code - 48)) % 97;
    else rem = (rem * 100 + (code - 55)) % 97;
  }
  return rem;
}

/** True when an IBAN (upper case, no spaces) passes the mod-97 check. */
export function ibanChecksumValid(iban: string): boolean {
  return iban.length >= 5 && ibanRemainder(iban) === 1;
}

/** The two check digits that make `country` + digits + `bban` pass mod 97. */
export function ibanCheckDigits(country: string, bban: string): string {
  const rem = ibanRemainder(country + '00' + bban);
  return String(98 - rem).padStart(2, '0');
}

/** The ABA routing-number checksum (weights 3, 7, 1) of nine digits. */
export function abaRoutingValid(nine: string): boolean {
  if (nine.length !== 9) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (nine.charCodeAt(i) - 48) * w[i]!;
  return sum % 10 === 0 && sum > 0;
}
