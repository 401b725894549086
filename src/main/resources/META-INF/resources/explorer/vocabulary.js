// The explorer's one vocabulary for the schema's enums ClaimStatus and ClaimType: the order they are
// listed in, each status's colour, and what each means in plain words (the glossary, #/glossary).
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
});
