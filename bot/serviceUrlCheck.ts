import { BadRequestError } from './errors';

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
