// The organisation's sign-in page the passive grant points to: a small ADFS-like form (user name, password,
// one-time code) and the page shown once signed in. Plain HTML, no script: a real sign-in window loads it.
const STYLE =
  'body{font-family:system-ui,sans-serif;background:#f3f2f1;margin:0}' +
  'main{max-width:22rem;margin:3rem auto;background:#fff;padding:2rem;border-radius:4px;box-shadow:0 1px 4px #0003}' +
  'h1{font-size:1.3rem;margin:0 0 1rem}label{display:block;margin:.8rem 0 .2rem}' +
  'input{width:100%;box-sizing:border-box;padding:.45rem;font-size:1rem}' +
  'button{margin-top:1.2rem;padding:.5rem 1.4rem;font-size:1rem;background:#0067b8;color:#fff;border:0}' +
  '#error{color:#a4262c;margin:.6rem 0}';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>` +
    `<meta name="viewport" content="width=device-width"><style>${STYLE}</style></head>` +
    `<body><main>${body}</main></body></html>`
  );
}

/** The form, with the words of the last failure (if any) and the user name typed so far. */
export function signInForm(action: string, error?: string, username = ''): string {
  return page(
    'Sign in - Contoso',
    `<h1>Sign in to Contoso</h1>` +
      (error ? `<p id="error" role="alert">${escape(error)}</p>` : '') +
      `<form method="post" action="${escape(action)}">` +
      `<label for="username">User name</label>` +
      `<input id="username" name="username" autocomplete="username" value="${escape(username)}" placeholder="someone@contoso.com">` +
      `<label for="password">Password</label>` +
      `<input id="password" name="password" type="password" autocomplete="current-password">` +
      `<label for="code">One-time code</label>` +
      `<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" placeholder="The code from your phone">` +
      `<button type="submit">Sign in</button></form>`,
  );
}

export function signedInPage(): string {
  return page(
    'Signed in - Contoso',
    '<h1 id="signed-in">You are signed in</h1><p>You can close this window and go back to the app.</p>',
  );
}
