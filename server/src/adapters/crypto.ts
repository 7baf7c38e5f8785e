import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Personal data at rest: AES-256-GCM for values we must read back (phones), and a keyed hash
 * (HMAC-SHA-256) for values we only look up (phone, openid, IP). Both keys derive from DATA_KEY.
 */
export class DataProtector {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;
  private readonly wrapKeyKey: Buffer;

  constructor(dataKey: Buffer) {
    if (dataKey.length !== 32) throw new Error('DATA_KEY must be 32 bytes');
    this.encKey = createHmac('sha256', dataKey).update('enc:v1').digest();
    this.macKey = createHmac('sha256', dataKey).update('mac:v1').digest();
    this.wrapKeyKey = createHmac('sha256', dataKey).update('wrap:v1').digest();
  }

  /**
   * A per-file key sealed under a key derived from DATA_KEY (AES-256-GCM): IV (12) + sealed key +
   * tag (16). `aad` binds it to where it is used (the envelope's header and the object's key).
   */
  wrapKey(key: Buffer, aad: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.wrapKeyKey, iv).setAAD(aad);
    return Buffer.concat([iv, cipher.update(key), cipher.final(), cipher.getAuthTag()]);
  }

  /** The key `wrapKey` sealed; throws when the bytes or `aad` were changed. */
  unwrapKey(wrapped: Buffer, aad: Buffer): Buffer {
    if (wrapped.length < 29) throw new Error('Unreadable wrapped key');
    const decipher = createDecipheriv('aes-256-gcm', this.wrapKeyKey, wrapped.subarray(0, 12)).setAAD(aad);
    decipher.setAuthTag(wrapped.subarray(wrapped.length - 16));
    return Buffer.concat([decipher.update(wrapped.subarray(12, wrapped.length - 16)), decipher.final()]);
  }

  /** Stable keyed hash for look-ups; `purpose` keeps hashes of different kinds apart. */
  lookupHash(purpose: string, value: string): string {
    return createHmac('sha256', this.macKey).update(`${purpose}:${value}`).digest('hex');
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join(
      '.',
    );
  }

  decrypt(sealed: string): string {
    const [v, iv, body, tag] = sealed.split('.');
    if (v !== 'v1' || !iv || !body || !tag) throw new Error('Unreadable sealed value');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
