import { BadRequestError } from '../infra/errors';

/**
 * In local mode nobody proves who they are, so a request could carry a customer's `from.id` and its own
 * `serviceUrl` to receive that customer's balance. Replies may then go only to this machine (the Emulator).
 */
export function checkLocalServiceUrl(serviceUrl: string): void {
  if (!isLoopbackUrl(serviceUrl)) throw new BadRequestError('serviceUrl must be on loopback in local mode', 403);
}

export function isLoopbackUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  const host = url.hostname;
  return host === 'localhost' || host === '[::1]' || /^127(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host);
}

/** A peer address on this machine (127.0.0.0/8, ::1, or 127.x mapped into IPv6), judged as serviceUrls are. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address || !/^[\d.:a-f]+$/i.test(address)) return false;
  const unmapped = address.toLowerCase().startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return isLoopbackUrl(unmapped.includes(':') ? `http://[${unmapped}]/` : `http://${unmapped}/`);
}
