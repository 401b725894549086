// Compiled by tsc in .ci/codegen.sh against the types generated from schema.graphql. Each object
// below marked "expect-error" omits a required value, so it must not compile: if a field the
// service requires were generated as optional, tsc fails the run (the contract would then live
// only in run-time validation).
import type { DocumentInput, ClaimInput, TextSpanInput, RelationshipInput, ActorInput } from './__generated__/types';
import type { StoreReportMutation$variables } from './__generated__/StoreReportMutation.graphql';

const span: TextSpanInput = { start: 0, end: 4, text: 'Some' };
const claim: ClaimInput = { ref: 'c1', text: 'Some text.', type: 'STATEMENT', status: 'ASSERTED', evidence: [span] };
const actor: ActorInput = { ref: 'a1', name: 'Somebody', kind: 'PERSON' };
const relationship: RelationshipInput = { source: 'a1', target: 'a1', type: 'SUPPORTS', status: 'ACTIVE', evidence: ['c1'] };
export const complete: DocumentInput = { title: 'T', text: 'Some text.', actors: [actor], claims: [claim], relationships: [relationship] };

// @ts-expect-error DocumentInput.text is required
export const noText: DocumentInput = { title: 'T' };
// @ts-expect-error DocumentInput.title is required
export const noTitle: DocumentInput = { text: 'Some text.' };
// @ts-expect-error ClaimInput.text is required
export const claimWithoutText: ClaimInput = { ref: 'c1', type: 'STATEMENT', status: 'ASSERTED', evidence: [span] };
// @ts-expect-error ClaimInput.evidence is required
export const claimWithoutEvidence: ClaimInput = { ref: 'c1', text: 'x', type: 'STATEMENT', status: 'ASSERTED' };
// @ts-expect-error TextSpanInput.text is required
export const spanWithoutText: TextSpanInput = { start: 0, end: 4 };
// @ts-expect-error ActorInput.ref is required
export const actorWithoutRef: ActorInput = { name: 'Somebody', kind: 'PERSON' };
// @ts-expect-error RelationshipInput.source is required
export const edgeWithoutSource: RelationshipInput = { target: 'a1', type: 'SUPPORTS', status: 'ACTIVE', evidence: ['c1'] };
// @ts-expect-error list items are non-null: [ClaimInput!]
export const nullClaim: DocumentInput = { title: 'T', text: 'x', claims: [null] };

// Relay's generated variables carry the same contract.
export const relayComplete: StoreReportMutation$variables = { input: complete };
// @ts-expect-error Relay: DocumentInput.text is required
export const relayNoText: StoreReportMutation$variables = { input: { title: 'T' } };
// @ts-expect-error Relay: ClaimInput.text is required
export const relayClaimWithoutText: StoreReportMutation$variables = { input: { title: 'T', text: 'x', claims: [{ ref: 'c1', type: 'STATEMENT', status: 'ASSERTED', evidence: [span] }] } };

// graphql-codegen's operation variables (typescript-operations) too.
import type { StoreReportMutationVariables } from './__generated__/operations';
export const codegenComplete: StoreReportMutationVariables = { input: complete };
// @ts-expect-error typescript-operations: DocumentInput.text is required
export const codegenNoText: StoreReportMutationVariables = { input: { title: 'T' } };
