// The explorer's one vocabulary for the schema's enums ClaimStatus, ClaimType, RelationshipType and
// RelationshipStatus: the order they are listed in, each status's colour, each relationship type's colour and
// arrow (its end marker, and a dot at its start for some: no two types look alike even without colour), and
// what each means in plain words (the glossary, #/glossary).
// Every view takes them from here; the fast tier's VocabularyTest fails when these keys and the
// schema's enum values differ.
import { register } from './router.js';
import { words } from './ui.js';

export const CLAIM_STATUSES = {
  ASSERTED: { colour: '#1565c0', meaning: 'Said by the claimant itself, in its own name.' },
  REPORTED: { colour: '#6a3fb5', meaning: 'Passed on by someone else — a news outlet, an official, an unnamed source — and not confirmed by the party it concerns.' },
  UNCONFIRMED: { colour: '#b35c00', meaning: 'The party it concerns was asked and would not confirm it.' },
  DENIED: { colour: '#c62828', meaning: 'The party it concerns says it is not true.' },
  CONFIRMED: { colour: '#2e7d32', meaning: 'The party it concerns says it is true.' },
  DISPUTED: { colour: '#6d4c41', meaning: 'Another party says it is wrong or contests it.' },
};

export const CLAIM_TYPES = {
  REPORT: 'A fact or event someone reports.',
  STATEMENT: 'Something the claimant said, often quoted.',
  ACCUSATION: 'An accusation against someone.',
  CONDEMNATION: 'A condemnation of someone or of what they did.',
  WARNING: 'A warning about a risk or a consequence.',
  ASSESSMENT: 'An assessment, analysis or interpretation.',
  DENIAL: 'A denial of another claim.',
  RESOLUTION: 'A formal decision adopted by a body, such as a parliament or a council.',
  POLICY: 'A measure taken or announced.',
  BELIEF: 'What the claimant believes, fears or expects.',
  INTENTION: 'What the claimant wants, plans or hopes to do.',
};

// [colour, arrow at the target, marker at the source] — Cytoscape arrow shapes
export const RELATIONSHIP_TYPES = {
  SUPPORTS: ['#558b2f', 'triangle', 'none', 'supports or aids the other'],
  ALIGNED_WITH: ['#1565c0', 'vee', 'none', 'is politically aligned with the other, without a formal alliance'],
  ALLIED_WITH: ['#0d47a1', 'triangle-backcurve', 'none', 'is formally allied with the other'],
  COOPERATES_WITH: ['#00838f', 'triangle', 'circle', 'cooperates with the other in general'],
  SHARES_INTELLIGENCE_WITH: ['#2e7d32', 'circle-triangle', 'none', 'shares intelligence or information with the other'],
  SUSPENDS_COOPERATION_WITH: ['#c62828', 'triangle-cross', 'none', 'has suspended or reduced cooperation with the other'],
  OPPOSES: ['#d84315', 'tee', 'none', 'opposes the other or its policies'],
  ACCUSES: ['#e65100', 'triangle-tee', 'none', 'accuses the other'],
  CONDEMNS: ['#ad1457', 'chevron', 'none', 'condemns or denounces the other'],
  THREATENS: ['#b71c1c', 'diamond', 'none', 'threatens the other'],
  SANCTIONS: ['#6a1b9a', 'square', 'none', 'imposes sanctions on the other'],
  USES_FORCE_AGAINST: ['#4e342e', 'diamond', 'circle', 'uses force against the other'],
  LEADS: ['#37474f', 'circle', 'none', 'leads the other (a person leading a government)'],
  PART_OF: ['#546e7a', 'vee', 'circle', 'is part of the other'],
  REPORTS_ON: ['#8d6e63', 'triangle-backcurve', 'circle', 'reports on the other (an outlet covering an actor)'],
};

export const RELATIONSHIP_STATUSES = {
  ACTIVE: 'In effect, as far as the reporting tells.',
  ALLEGED: 'Claimed by some party but not established (drawn dashed).',
  SUSPENDED: 'Interrupted, expected to resume or be decided (drawn dashed).',
  ENDED: 'Over: it held once and no longer does.',
};

/** A relationship type's colour and markers: { colour, arrow, tail }. */
export function relationshipLook(type) {
  const [colour, arrow, tail] = RELATIONSHIP_TYPES[type] ?? ['#333', 'triangle', 'none'];
  return { colour, arrow, tail };
}

/** A status's colour (grey for a value this explorer does not know yet). */
export const statusColour = (status) => CLAIM_STATUSES[status]?.colour ?? '#455a64';

function term(list, name, meaning) {
  const dt = document.createElement('dt');
  dt.textContent = words(name);
  const dd = document.createElement('dd');
  dd.textContent = meaning;
  list.append(dt, dd);
}

register('glossary', async () => {
  const statuses = document.getElementById('glossary-statuses');
  const types = document.getElementById('glossary-types');
  if (statuses.children.length) return;
  for (const [name, s] of Object.entries(CLAIM_STATUSES)) term(statuses, name, s.meaning);
  for (const [name, meaning] of Object.entries(CLAIM_TYPES)) term(types, name, meaning);
  const rels = document.getElementById('glossary-relationships');
  for (const [name, r] of Object.entries(RELATIONSHIP_TYPES)) term(rels, name, `The first actor ${r[3]}.`);
  const relStatuses = document.getElementById('glossary-relationship-statuses');
  for (const [name, meaning] of Object.entries(RELATIONSHIP_STATUSES)) term(relStatuses, name, meaning);
});
