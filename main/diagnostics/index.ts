// "Copy diagnostics": one block of plain text a user can paste into a ticket — versions, OS, which server and sign-in
// method, the connection's state, the managed configuration, and the last log lines. Everything goes through the
// log's redaction once more, so nothing secret is copied even if a caller passes it. No Electron: process.versions
// has Electron's and Chromium's versions when it runs inside Electron; the shell passes the app's own.
//
//   const text = buildDiagnostics({ app: { name: app.getName(), version: app.getVersion() }, runtime: runtimeFacts(),
//     session: backend.diagnostics(), policy: policyFacts(loaded, locked), logLines: log.recent(DIAGNOSTIC_LOG_LINES) });
//   clipboard.writeText(text);
export { buildDiagnostics, DIAGNOSTIC_LOG_LINES, policyFacts, runtimeFacts } from './build.js';
export type { DiagnosticsInput, PolicyFacts, RuntimeFacts, SessionFacts } from './build.js';
