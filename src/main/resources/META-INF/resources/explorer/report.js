// "Add a report": paste a news report, read it with Query.extract, review the proposal (every claim
// highlighted in the text, coloured by status, with its claimant), untick or correct claims, and
// store the reviewed proposal with Mutation.ingestDocument. Route: #/add.
import { gql } from './api.js';
import { marked } from './marks.js';
import { register, route } from './router.js';
import { $, link, words } from './ui.js';
import { CLAIM_STATUSES, CLAIM_TYPES } from './vocabulary.js';

const EXTRACT = `query ReadReport($in: TextInput!) {
  extract(input: $in) {
    text title url publishedOn language warnings
    actors { ref id name kind countryCode aliases description parent match { id name by } }
    claims { ref text quote type status claimant reportedBy subjects statedOn datePrecision dateNote
             confidence rule cue { start end text } source { start end text } evidence { start end text } }
    relationships { source target type status evidence cameoCode }
  }
}`;

const STORE = `mutation StoreReport($input: DocumentInput!) {
  ingestDocument(input: $input) {
    outcome
    document { id title }
    createdClaims { id }
    createdActors { name }
    matchedActors { name }
    createdRelationships { id }
    warnings
  }
}`;

let proposal = null;

register('add', async () => { $('report-text').focus(); });
$('report-token').value = sessionStorage.getItem('claimgraph-token') ?? '';
$('report-token').addEventListener('change', () => sessionStorage.setItem('claimgraph-token', $('report-token').value.trim()));

function say(message, error = false) {
  $('report-status').textContent = message;
  $('report-status').classList.toggle('error', error);
}

$('report-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const input = { text: $('report-text').value };
  if ($('report-title-input').value.trim()) input.title = $('report-title-input').value.trim();
  if ($('report-url').value.trim()) input.url = $('report-url').value.trim();
  if ($('report-date').value) input.publishedOn = $('report-date').value;
  say('Reading…');
  try {
    proposal = (await gql(EXTRACT, { in: input }, 'report-query', $('report-token').value.trim())).extract;
  } catch (err) {
    $('proposal').hidden = true;
    return say(err.message, true);
  }
  proposal.claims.forEach((c) => { c.keep = true; });
  render();
  const attributed = proposal.claims.filter((c) => c.claimant).length;
  say(`${proposal.claims.length} claims (${attributed} attributed), ${proposal.actors.length} actors, `
    + `${proposal.relationships.length} relationships proposed.` + (proposal.warnings.length ? ` ${proposal.warnings.join(' ')}` : ''));
});

const actorName = (ref) => proposal.actors.find((a) => a.ref === ref)?.name ?? ref;

function render() {
  $('proposal').hidden = false;
  highlight();
  const list = $('proposal-claims');
  list.replaceChildren(...proposal.claims.map(claimItem));
  $('proposal-relationships').replaceChildren(...proposal.relationships.map((r) => {
    const li = document.createElement('li');
    li.textContent = `${actorName(r.source)} ${words(r.type)} ${actorName(r.target)} (${words(r.status)}; claims ${r.evidence.join(', ')})`;
    return li;
  }));
}

function highlight() {
  const kept = proposal.claims.filter((c) => c.keep).map((c) => ({ ...c, key: c.ref }));
  $('proposal-text').replaceChildren(...marked(proposal.text, kept,
    (c) => `${c.claimant ? actorName(c.claimant) : 'unattributed'}: ${words(c.status)}, ${words(c.type)}`));
}

function select(label, options, value, onChange) {
  const l = document.createElement('label');
  const s = document.createElement('select');
  for (const [v, t] of options) {
    const o = document.createElement('option');
    o.value = v;
    o.textContent = t;
    s.appendChild(o);
  }
  s.value = value ?? '';
  s.addEventListener('change', () => onChange(s.value));
  l.append(label + ' ', s);
  return l;
}

function claimItem(c) {
  const li = document.createElement('li');
  li.dataset.ref = c.ref;
  const keep = document.createElement('input');
  keep.type = 'checkbox';
  keep.checked = c.keep;
  keep.id = `keep-${c.ref}`;
  const label = document.createElement('label');
  label.htmlFor = keep.id;
  label.textContent = c.text;
  keep.addEventListener('change', () => {
    c.keep = keep.checked;
    li.classList.toggle('off', !c.keep);
    highlight();
  });
  const controls = document.createElement('div');
  controls.className = 'controls';
  const actors = [['', '(unattributed)'], ...proposal.actors.map((a) => [a.ref, a.name])];
  controls.append(
    select('Claimant', actors, c.claimant, (v) => { c.claimant = v || null; highlight(); }),
    select('Status', Object.keys(CLAIM_STATUSES).map((s) => [s, words(s)]), c.status, (v) => { c.status = v; highlight(); }),
    select('Type', Object.keys(CLAIM_TYPES).map((t) => [t, words(t)]), c.type, (v) => { c.type = v; }));
  const meta = document.createElement('span');
  meta.className = 'meta';
  const via = c.reportedBy.length ? `via ${c.reportedBy.map(actorName).join(', ')}` : '';
  meta.textContent = [c.source ? `source “${c.source.text}”` : '', via, c.statedOn, `${c.rule}`, `confidence ${c.confidence}`,
    c.cue ? `cue “${c.cue.text}”` : '']
    .filter(Boolean).join(' · ');
  li.append(keep, ' ', label, controls, meta);
  return li;
}

/** The reviewed proposal as DocumentInput: ticked claims, the relationships and actors they still support. */
export function reviewed(p, titleInput) {
  const claims = p.claims.filter((c) => c.keep);
  const kept = new Set(claims.map((c) => c.ref));
  const relationships = p.relationships
    .map((r) => ({ ...r, evidence: r.evidence.filter((ref) => kept.has(ref)) }))
    .filter((r) => r.evidence.length);
  const used = new Set();
  claims.forEach((c) => [c.claimant, ...c.reportedBy, ...c.subjects].filter(Boolean).forEach((r) => used.add(r)));
  relationships.forEach((r) => { used.add(r.source); used.add(r.target); });
  for (const a of p.actors) if (used.has(a.ref) && a.parent) used.add(a.parent);
  const line = p.text.trim().split('\n')[0];
  const sentence = line.match(/^.{20,}?[.!?]["'\u201D\u2019]?(?=\s+\p{Lu})/u);
  const title = titleInput || p.title || (sentence ? sentence[0] : line).slice(0, 300);
  return {
    title, url: p.url, publishedOn: p.publishedOn, language: p.language, text: p.text,
    actors: p.actors.filter((a) => used.has(a.ref)).map(({ ref, id, name, kind, countryCode, aliases, description, parent }) =>
      ({ ref, id, name, kind, countryCode, aliases, description, parent: used.has(parent) ? parent : null })),
    claims: claims.map(({ ref, text, quote, type, status, claimant, reportedBy, subjects, statedOn, datePrecision, dateNote,
      confidence, evidence }) => ({ ref, text, quote, type, status, claimant, reportedBy, subjects, statedOn, datePrecision,
      dateNote, confidence, evidence })),
    relationships: relationships.map(({ source, target, type, status, evidence }) => ({ source, target, type, status, evidence })),
  };
}

$('report-store').addEventListener('click', async () => {
  if (!proposal) return;
  say('Storing…');
  try {
    const input = reviewed(proposal, $('report-title-input').value.trim());
    const r = (await gql(STORE, { input }, 'report-query', $('report-token').value.trim())).ingestDocument;
    say(`Stored (${words(r.outcome)}): “${r.document.title}” — ${r.createdClaims.length} claims, `
      + `${r.createdActors.length} new actors, ${r.matchedActors.length} matched, ${r.createdRelationships.length} relationships.`);
    $('report-status').append(' ', link(route('document', r.document.id), 'Open the stored document'));
    $('report-status').dataset.outcome = r.outcome;
    $('report-status').dataset.document = r.document.id;
  } catch (err) {
    say(err.message, true);
  }
});

