/** IPv4 addresses as 32-bit integers, so ranges and membership are plain comparisons. */

const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);

export function isIpv4(text: string): boolean {
  return typeof text === 'string' && IPV4.test(text);
}

/** Parses a dotted-quad address; returns undefined when it is not one. */
export function parseIpv4(text: string): number | undefined {
  if (!isIpv4(text)) return undefined;
  return text.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}
