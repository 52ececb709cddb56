// The Windows grant's NTLM half, server side (MS-NLMP): answer a NEGOTIATE message with a CHALLENGE, then check
// the AUTHENTICATE message's NTLMv2 response for one known user and password. No npm package verifies NTLMv2 on the
// server, so: ntlm-parser reads the messages, js-md4 gives the NT hash (Node's OpenSSL 3 has no MD4), HMAC-MD5 the
// rest. NTLMv1 answers are refused (they are broken). NTLM is bound to a connection; the simulator instead keeps the
// challenges it handed out (single use, one minute) and tries each, which holds for one client at a time.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import md4 from 'js-md4';
import { NTLMMessageType, type NTLMType3, ntlmParse } from 'ntlm-parser';
import type { SimClock } from '../types.js';

export interface NtlmAccount {
  domain: string;
  user: string;
  password: string;
}

export type NtlmStep =
  | { kind: 'challenge'; token: string }
  | { kind: 'done'; ok: true; user: string }
  | { kind: 'done'; ok: false; user: string; reason: string };

const SIGNATURE = Buffer.from('NTLMSSP\0', 'latin1');
// UNICODE | REQUEST_TARGET | NTLM | ALWAYS_SIGN | TARGET_TYPE_DOMAIN | EXTENDED_SESSIONSECURITY | TARGET_INFO |
// VERSION | 128 | 56
const CHALLENGE_FLAGS = 0x00000001 | 0x4 | 0x200 | 0x8000 | 0x10000 | 0x80000 | 0x800000 | 0x02000000;
const FLAGS = (CHALLENGE_FLAGS | 0x20000000 | 0x80000000) >>> 0;
const CHALLENGE_TTL_MS = 60_000;
const MAX_PENDING = 64;

const utf16 = (s: string): Buffer => Buffer.from(s, 'utf16le');

function avPair(id: number, value: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(id, 0);
  head.writeUInt16LE(value.length, 2);
  return Buffer.concat([head, value]);
}

/** Windows FILETIME (100 ns since 1601) of an epoch-ms time, little-endian. */
function filetime(ms: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE((BigInt(ms) + 11_644_473_600_000n) * 10_000n);
  return b;
}

/** A CHALLENGE_MESSAGE naming the domain, with the target info NTLMv2 clients need. */
function challengeMessage(domain: string, challenge: Buffer, now: number): Buffer {
  const target = utf16(domain.toUpperCase());
  const info = Buffer.concat([
    avPair(2, utf16(domain.toUpperCase())), // MsvAvNbDomainName
    avPair(1, utf16('SIM')), // MsvAvNbComputerName
    avPair(4, utf16('contoso.com')), // MsvAvDnsDomainName
    avPair(3, utf16('sim.contoso.com')), // MsvAvDnsComputerName
    avPair(7, filetime(now)), // MsvAvTimestamp
    avPair(0, Buffer.alloc(0)), // MsvAvEOL
  ]);
  const head = Buffer.alloc(56);
  SIGNATURE.copy(head, 0);
  head.writeUInt32LE(2, 8);
  head.writeUInt16LE(target.length, 12);
  head.writeUInt16LE(target.length, 14);
  head.writeUInt32LE(56, 16);
  head.writeUInt32LE(FLAGS, 20);
  challenge.copy(head, 24);
  head.writeUInt16LE(info.length, 40);
  head.writeUInt16LE(info.length, 42);
  head.writeUInt32LE(56 + target.length, 44);
  Buffer.from([10, 0, 0x63, 0x45, 0, 0, 0, 15]).copy(head, 48); // version 10.0.17763, NTLM revision 15
  return Buffer.concat([head, target, info]);
}

/** NTOWFv2 (MS-NLMP 3.3.2): HMAC-MD5 over UPPER(user) + domain, keyed with the MD4 of the password. */
function ntowfv2(password: string, user: string, domain: string): Buffer {
  const ntHash = Buffer.from(md4.arrayBuffer(utf16(password)));
  return createHmac('md5', ntHash)
    .update(utf16(user.toUpperCase() + domain))
    .digest();
}

export class NtlmServer {
  private readonly pending = new Map<string, number>(); // challenge hex → expiry

  constructor(
    private readonly account: NtlmAccount,
    private readonly clock: SimClock,
  ) {}

  /** One round: a NEGOTIATE gets a CHALLENGE; an AUTHENTICATE gets the verdict. `token` is base64. */
  step(token: string): NtlmStep {
    const bytes = Buffer.from(token, 'base64');
    if (bytes.length < 12 || !bytes.subarray(0, 8).equals(SIGNATURE)) {
      return { kind: 'done', ok: false, user: '', reason: 'not an NTLM message' };
    }
    const type = bytes.readUInt32LE(8);
    if (type === 1) return { kind: 'challenge', token: this.challenge().toString('base64') };
    if (type !== 3)
      return { kind: 'done', ok: false, user: '', reason: `unexpected NTLM message type ${type}` };
    let message: NTLMType3;
    try {
      message = ntlmParse(token, { encoding: 'base64' }) as NTLMType3;
    } catch (e) {
      return {
        kind: 'done',
        ok: false,
        user: '',
        reason: `unreadable NTLM message: ${(e as Error).message}`,
      };
    }
    if (message.messageType !== NTLMMessageType.AUTHENTICATE_MESSAGE) {
      return { kind: 'done', ok: false, user: '', reason: 'not an AUTHENTICATE message' };
    }
    return this.verify(message);
  }

  private challenge(): Buffer {
    const now = this.clock.now();
    for (const [c, expiresAt] of this.pending) if (expiresAt <= now) this.pending.delete(c);
    while (this.pending.size >= MAX_PENDING) this.pending.delete(this.pending.keys().next().value ?? '');
    const challenge = randomBytes(8);
    this.pending.set(challenge.toString('hex'), now + CHALLENGE_TTL_MS);
    return challengeMessage(this.account.domain, challenge, now);
  }

  private verify(message: NTLMType3): NtlmStep {
    const domain = message.targetNameData;
    const user = message.userNameData;
    const who = domain ? `${domain}\\${user}` : user;
    const refuse = (reason: string): NtlmStep => ({ kind: 'done', ok: false, user: who, reason });
    if (user.toLowerCase() !== this.account.user.toLowerCase()) return refuse('unknown user');
    if (domain !== '' && domain.toLowerCase() !== this.account.domain.toLowerCase())
      return refuse('unknown domain');
    const response = Buffer.from(message.ntlmResponseData.hex, 'hex');
    if (response.length <= 24) return refuse('NTLMv1 is not accepted');
    const proof = response.subarray(0, 16);
    const blob = response.subarray(16);
    const key = ntowfv2(this.account.password, user, domain);
    const now = this.clock.now();
    for (const [hex, expiresAt] of this.pending) {
      if (expiresAt <= now) continue;
      const expected = createHmac('md5', key)
        .update(Buffer.concat([Buffer.from(hex, 'hex'), blob]))
        .digest();
      if (timingSafeEqual(expected, proof)) {
        this.pending.delete(hex);
        return { kind: 'done', ok: true, user: `${this.account.domain.toUpperCase()}\\${this.account.user}` };
      }
    }
    return refuse('wrong password (or an unknown challenge)');
  }
}
