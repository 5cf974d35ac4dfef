import { createHmac } from 'node:crypto';
import { signToken, verifyToken } from '../../../bot/webchat/tokens';

const SECRET = 'bank-website-secret';
const NOW = new Date('2026-11-29T10:00:00+01:00');
const IN_AN_HOUR = Math.floor(NOW.getTime() / 1000) + 3600;

describe('web user tokens', () => {
  it('gives back the user id and expiry of a well-signed token', () => {
    const token = signToken({ sub: 'customer-42', exp: IN_AN_HOUR }, SECRET);
    expect(verifyToken(token, SECRET, NOW)).toEqual({ sub: 'customer-42', exp: IN_AN_HOUR });
  });

  it('keeps the conversation of a conversation token', () => {
    const token = signToken({ sub: 'customer-42', exp: IN_AN_HOUR, conv: 'conv-1' }, SECRET);
    expect(verifyToken(token, SECRET, NOW)).toEqual({ sub: 'customer-42', exp: IN_AN_HOUR, conv: 'conv-1' });
  });

  it('is made as the README tells the bank: base64url JSON, a dot, base64url HMAC-SHA256 of the first part', () => {
    const payload = Buffer.from(JSON.stringify({ sub: 'customer-42', exp: IN_AN_HOUR })).toString('base64url');
    const token = `${payload}.${createHmac('sha256', SECRET).update(payload).digest('base64url')}`;
    expect(verifyToken(token, SECRET, NOW)?.sub).toBe('customer-42');
  });

  it('refuses an expired token, a token signed with another secret, a changed user id and garbage', () => {
    const token = signToken({ sub: 'customer-42', exp: IN_AN_HOUR }, SECRET);
    expect(verifyToken(token, SECRET, new Date((IN_AN_HOUR + 1) * 1000))).toBeNull();
    expect(verifyToken(token, 'another-secret', NOW)).toBeNull();
    const forged = `${Buffer.from(JSON.stringify({ sub: 'customer-43', exp: IN_AN_HOUR })).toString('base64url')}.${token.split('.')[1]}`;
    expect(verifyToken(forged, SECRET, NOW)).toBeNull();
    for (const bad of [undefined, '', 'x', 'a.b.c', `${token}.x`, 'x'.repeat(5000)]) expect(verifyToken(bad, SECRET, NOW)).toBeNull();
  });

  it('refuses a user id that could not be a chat user key', () => {
    const token = signToken({ sub: 'a/b', exp: IN_AN_HOUR }, SECRET);
    expect(verifyToken(token, SECRET, NOW)).toBeNull();
  });
});
