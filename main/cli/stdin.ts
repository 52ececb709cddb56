// Standard input for the CLI commands: `--password-stdin` reads the password from here (never from argv).

/** The first line of standard input (read to its end), without the line break; '' when stdin is empty. */
export async function readStdinFirstLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}
