// GraphQL-over-HTTP conformance audit (graphql-http's auditServer) against a running service.
// Usage: node audit.mjs http://localhost:8080/graphql
// Prints every audit with its result; exits 1 when any MUST fails (graphql-http reports those as "error").
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? 'http://localhost:8080/graphql';
const results = await auditServer({ url });
const count = { MUST: { ok: 0, failed: 0 }, SHOULD: { ok: 0, failed: 0 }, MAY: { ok: 0, failed: 0 } };
for (const r of results) {
  const level = r.name.startsWith('MUST') ? 'MUST' : r.name.startsWith('SHOULD') ? 'SHOULD' : 'MAY';
  const ok = r.status === 'ok';
  count[level][ok ? 'ok' : 'failed']++;
  console.log(`${ok ? 'ok    ' : r.status.padEnd(6)} ${r.id} ${r.name}${ok ? '' : ' -- ' + r.reason}`);
}
console.log(`\nMUST: ${count.MUST.ok} passed, ${count.MUST.failed} failed; SHOULD: ${count.SHOULD.ok} passed, `
  + `${count.SHOULD.failed} failed; MAY: ${count.MAY.ok} passed, ${count.MAY.failed} failed`);
process.exit(results.some((r) => r.status === 'error') ? 1 : 0);
