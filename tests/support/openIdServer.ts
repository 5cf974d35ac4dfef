import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import jwt from 'jsonwebtoken';

export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface OpenIdServer {
  /** The OpenID metadata document, to give the bot as `BotOpenIdMetadata`. */
  metadataUrl: string;
  /** A token signed with the served key (or with `key`, to forge one), RS256 as the channels sign. */
  sign(claims: Record<string, unknown>, key?: KeyObject): string;
  stop(): Promise<void>;
}

/**
 * Stands in for login.botframework.com, as botbuilder-js tests its own validation: an RSA key generated
 * here, its public half served as the JWKS on loopback, tokens signed with its private half.
 */
export async function startOpenIdServer(): Promise<OpenIdServer> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const kid = 'test-key';
  const app = express();
  let base = '';
  app.get('/v1/.well-known/openidconfiguration', (_req, res) => {
    res.json({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] });
  });
  app.get('/v1/.well-known/keys', (_req, res) => {
    res.json({ keys: [{ kty: 'RSA', use: 'sig', kid, n: jwk.n, e: jwk.e }] });
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    sign: (claims, key = privateKey) => jwt.sign(claims, key, { algorithm: 'RS256', keyid: kid }),
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
