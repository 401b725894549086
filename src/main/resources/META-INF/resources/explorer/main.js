// Claimgraph explorer: every view sends exactly the GraphQL operation shown under its "Show query".
// Views: overview.js (#/), actor.js + claims.js + legend.js (#/actor/<id>), document.js (#/document/<id>),
// timeline.js (#/timeline), path.js (#/path/<from>/<to>), report.js (#/add), vocabulary.js (#/glossary, and
// every view's statuses and types);
// router.js maps the URL to a view.
import './overview.js';
import './actor.js';
import './document.js';
import './timeline.js';
import './path.js';
import './report.js';
import './search.js';
import { start } from './router.js';
import { $, words } from './ui.js';
import { CLAIM_STATUSES, CLAIM_TYPES } from './vocabulary.js';

// the claims panel takes several statuses at once (ticks), the timeline one (its URL holds one)
for (const status of Object.keys(CLAIM_STATUSES)) {
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.value = status;
  const label = document.createElement('label');
  label.append(box, ` ${words(status)}`);
  $('status-filter').appendChild(label);
}
for (const [vocabulary, ids] of [[CLAIM_STATUSES, ['timeline-status']], [CLAIM_TYPES, ['type-filter', 'timeline-type']]]) {
  const values = Object.keys(vocabulary);
  for (const id of ids) {
    for (const v of values) {
      const o = document.createElement('option');
      o.value = v;
      o.textContent = words(v);
      $(id).appendChild(o);
    }
  }
}
start();
