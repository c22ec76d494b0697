import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Address ranges a link check never connects to: this machine, private networks, link-local (cloud metadata), CGNAT, multicast, reserved. */
const NON_PUBLIC = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  NON_PUBLIC.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
  ['100::', 64],
] as const)
  NON_PUBLIC.addSubnet(net, bits, 'ipv6');

/** `::ffff:a.b.c.d` and `::ffff:7f00:1`: the IPv4 address an IPv4-mapped IPv6 address stands for. */
const MAPPED_DOTTED = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;
const MAPPED_HEX = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i;
const IPV6_BRACKETS = /^\[|\]$/g;

function mappedV4(ip: string): string | undefined {
  const dotted = MAPPED_DOTTED.exec(ip)?.[1];
  if (dotted) return dotted;
  const hex = MAPPED_HEX.exec(ip);
  if (!hex) return undefined;
  const hi = Number.parseInt(hex[1] ?? '0', 16);
  const lo = Number.parseInt(hex[2] ?? '0', 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Whether `ip` is an address on the public internet. */
export function isPublicAddress(ip: string): boolean {
  const v4 = mappedV4(ip);
  if (v4) return isPublicAddress(v4);
  const family = isIP(ip);
  if (family === 4) return !NON_PUBLIC.check(ip, 'ipv4');
  if (family === 6) return !NON_PUBLIC.check(ip, 'ipv6');
  return false;
}

export type Lookup = (host: string) => Promise<string[]>;

/** Every address the system resolver gives for `host`. */
export const systemLookup: Lookup = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Why `url` must not be requested, or undefined when every address its host resolves to is public
 * (or the host is on the allow-list). Checked before the first request and before every redirect.
 * A DNS failure is left to the request itself, which reports the host as unreachable.
 */
export async function nonPublicReason(url: string, allowHosts: string[], lookup: Lookup = systemLookup): Promise<string | undefined> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'malformed URL';
  }
  const host = u.hostname.replace(IPV6_BRACKETS, '').toLowerCase();
  if (allowHosts.some((h) => h.toLowerCase() === host || h.toLowerCase() === u.host.toLowerCase())) return undefined;
  if (isIP(host)) return isPublicAddress(host) ? undefined : `non-public address ${host}`;
  let addresses: string[];
  try {
    addresses = await lookup(host);
  } catch {
    return undefined;
  }
  const bad = addresses.find((a) => !isPublicAddress(a));
  return bad ? `${host} resolves to a non-public address (${bad})` : undefined;
}
