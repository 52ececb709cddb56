// Types for the few npm packages that ship none: only what this project calls.

declare module 'js-md4' {
  /** MD4 of the bytes (NTLM's NT hash: Node's OpenSSL 3 has no MD4). */
  const md4: { arrayBuffer(message: Uint8Array | ArrayBuffer | string): ArrayBuffer };
  export default md4;
}

declare module '@ewsjs/ntlm-client' {
  export interface Type2Message {
    flags: number;
    challenge: Buffer;
    targetName: string;
    version: number;
  }
  const ntlmClient: {
    /** `NTLM <base64 NEGOTIATE_MESSAGE>` */
    createType1Message(workstation?: string, target?: string): string;
    /** Reads `NTLM <base64>` (or just the base64) from a WWW-Authenticate value; throws on anything else. */
    decodeType2Message(header: string): Type2Message;
    /** `NTLM <base64 AUTHENTICATE_MESSAGE>` (NTLMv2 when the challenge asks for extended session security). */
    createType3Message(
      type2: Type2Message,
      username: string,
      password: string,
      workstation?: string,
      target?: string,
    ): string;
  };
  export default ntlmClient;
}
