import { isIP } from 'node:net';
import { z } from 'zod';
import { isIsoInstant } from '../../data/time';

/**
 * Builders for one environment variable each. Every variable arrives as a string or not at all; the
 * empty string counts as unset (so `NAME=` in `.env` means "the default"). A refusal says what is
 * expected and quotes what was given, and the schema prefixes the variable's name.
 */
type Raw = string | undefined;

function field<T>(parse: (raw: string) => T | undefined, expected: string, fallback: T): z.ZodType<T, z.ZodTypeDef, Raw>;
function field<T>(parse: (raw: string) => T | undefined, expected: string): z.ZodType<T | undefined, z.ZodTypeDef, Raw>;
function field<T>(parse: (raw: string) => T | undefined, expected: string, fallback?: T) {
  return z.string().optional().transform((raw, context) => {
    if (raw === undefined || raw === '') return fallback;
    const value = parse(raw);
    if (value === undefined) {
      context.addIssue({ code: z.ZodIssueCode.custom, message: `expected ${expected}, got "${raw}"` });
      return z.NEVER;
    }
    return value;
  });
}

export function integer(min: number, max: number, fallback: number) {
  const parse = (raw: string) => (/^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max ? Number(raw) : undefined);
  return field(parse, `an integer ${min}–${max}`, fallback);
}

export function boolean(fallback: boolean) {
  const parse = (raw: string) => (raw === 'true' ? true : raw === 'false' ? false : undefined);
  return field(parse, 'true or false', fallback);
}

export function oneOf<const T extends string>(values: readonly T[], fallback: T): z.ZodType<T, z.ZodTypeDef, Raw>;
export function oneOf<const T extends string>(values: readonly T[]): z.ZodType<T | undefined, z.ZodTypeDef, Raw>;
export function oneOf<const T extends string>(values: readonly T[], fallback?: T) {
  const parse = (raw: string) => values.find((value) => value === raw);
  return fallback === undefined ? field(parse, `one of ${values.join('|')}`) : field(parse, `one of ${values.join('|')}`, fallback);
}

/** Free text (a path, a name); secrets too, which are never echoed back since any string is accepted. */
export function text(fallback: string): z.ZodType<string, z.ZodTypeDef, Raw>;
export function text(): z.ZodType<string | undefined, z.ZodTypeDef, Raw>;
export function text(fallback?: string) {
  return fallback === undefined ? field((raw) => raw, 'text') : field((raw) => raw, 'text', fallback);
}

export function httpUrl(fallback: string): z.ZodType<string, z.ZodTypeDef, Raw>;
export function httpUrl(): z.ZodType<string | undefined, z.ZodTypeDef, Raw>;
export function httpUrl(fallback?: string) {
  const parse = (raw: string) => {
    try {
      return ['http:', 'https:'].includes(new URL(raw).protocol) ? raw : undefined;
    } catch {
      return undefined;
    }
  };
  return fallback === undefined ? field(parse, 'an http(s) URL') : field(parse, 'an http(s) URL', fallback);
}

export function timeZone(fallback: string) {
  const parse = (raw: string) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: raw });
      return raw;
    } catch {
      return undefined;
    }
  };
  return field(parse, 'an IANA time zone such as Europe/Paris', fallback);
}

export function isoInstant() {
  return field((raw) => (isIsoInstant(raw) ? raw : undefined), 'an ISO 8601 instant with an offset (2026-11-29T10:00:00+01:00)');
}

/** A shared secret of at least `minLength` characters; a refusal never repeats it. */
export function secret(minLength: number) {
  return z.string().optional().transform((raw, context) => {
    if (raw === undefined || raw === '') return undefined;
    if (raw.length < minLength) {
      context.addIssue({ code: z.ZodIssueCode.custom, message: `expected at least ${minLength} characters (openssl rand -hex 32 makes one), got ${raw.length}` });
      return z.NEVER;
    }
    return raw;
  });
}

/**
 * An address of this machine to listen on: an IP literal or `localhost`. A name is refused here rather
 * than looked up: a typo would otherwise surface as a DNS error after start-up, or be taken for a network
 * address that local mode refuses for another reason.
 */
export function listenAddress() {
  const parse = (raw: string) => (raw === 'localhost' || isIP(raw) !== 0 ? raw : undefined);
  return field(parse, 'an IP address of this machine (127.0.0.1, ::1, or 0.0.0.0 for every interface) or localhost');
}
