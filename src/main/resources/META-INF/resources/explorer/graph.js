// The network picture, drawn by Cytoscape.js (served from its WebJar): zoom, pan, drag, a
// force-directed layout (cose), and "expand" to add an actor's neighbourhood to the picture.
// Nodes are coloured and shaped by kind; edges coloured and marked by type (vocabulary.js: an arrow of its
// own, a dot at the start for some), dashed when ALLEGED or SUSPENDED. Labels stay 12 px on screen at every
// zoom (their size in the picture follows the zoom).
// Lists beside the canvas hold the same actors and relationships for keyboards and screen readers.
/* global cytoscape */
import { relationshipLook } from './vocabulary.js';

export const KIND_COLOURS = {
  STATE: '#1f4e79', GOVERNMENT: '#2e75b6', LEGISLATURE: '#3f7fb8', MILITARY: '#385723',
  PERSON: '#7f3f98', MEDIA: '#c55a11', ANONYMOUS_SOURCE: '#595959', ORGANIZATION: '#0f7b6c', GROUP: '#9e480e',
};
const SHAPES = { PERSON: 'ellipse', ANONYMOUS_SOURCE: 'ellipse', MEDIA: 'diamond', GROUP: 'diamond', ORGANIZATION: 'diamond' };
const label = (s) => s.toLowerCase().replaceAll('_', ' ');

/** A seeded pseudo-random generator (mulberry32): the same seed and data draw the same picture on every visit. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** On-screen px → the picture's units at the current zoom. */
const px = (n) => (e) => n / e.cy().zoom();
const STYLE = [
  { selector: 'node', style: {
    'background-color': 'data(colour)', shape: 'data(shape)', label: 'data(short)', width: 26, height: 26,
    'font-size': px(12), color: '#1a1a1a', 'text-valign': 'bottom', 'text-margin-y': px(3),
    'text-outline-color': '#fff', 'text-outline-width': px(2) } },
  { selector: 'node.centre', style: { width: 36, height: 36, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#12263a' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffbf47' } },
  { selector: 'edge', style: {
    width: 2.5, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'data(arrow)',
    'source-arrow-color': 'data(colour)', 'source-arrow-shape': 'data(tail)', 'curve-style': 'bezier', 'arrow-scale': 1.3 } },
  { selector: 'edge.dashed', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 5] } },
  { selector: 'edge:selected', style: { width: 5, label: 'data(label)', 'font-size': px(12), 'text-rotation': 'autorotate',
    'text-background-color': '#fff', 'text-background-opacity': 1 } },
];

/** A graph in `container`: show(hood) replaces what is drawn, expand(hood) adds to it. */
export class Graph {
  constructor(container, { onNode, onEdge, onChange }) {
    this.container = container;
    this.on = { onNode, onEdge, onChange };
    this.cy = cytoscape({ container, style: STYLE, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
    this.cy.on('tap', 'node', (e) => onNode(e.target.data('actor')));
    this.cy.on('tap', 'edge', (e) => onEdge(e.target.data('relationship')));
    this.cy.on('zoom pan', () => this.mirror());
    // labels keep their size on screen: the style's sizes are read again once per frame of zooming
    let frame = 0;
    this.cy.on('zoom', () => {
      if (!frame) frame = requestAnimationFrame(() => { frame = 0; this.cy.style().update(); this.mirror(); });
    });
    this.centre = null;
    this.random = seeded(1);
  }

  show(centre, hood) {
    this.cy.elements().remove();
    this.centre = centre.id;
    this.random = seeded(1);
    this.add(hood);
  }

  /** Lays everything out afresh from `seed`'s starting positions. */
  relayout(seed) {
    this.random = seeded(seed);
    this.layout(true);
  }

  /** Adds actors and relationships not yet drawn, then lays the whole picture out again; returns how many of each it drew. */
  expand(hood, around) {
    return this.add(hood, around);
  }

  add(hood, around) {
    const origin = around ? this.cy.getElementById(around).position() : { x: 0, y: 0 };
    const fresh = [];
    hood.actors.forEach((a) => {
      if (this.cy.getElementById(a.id).nonempty()) return;
      fresh.push({ group: 'nodes', position: { x: origin.x + this.random() * 40 - 20, y: origin.y + this.random() * 40 - 20 },
        classes: a.id === this.centre ? 'centre' : '',
        data: { id: a.id, actor: a, colour: KIND_COLOURS[a.kind] ?? '#444', shape: SHAPES[a.kind] ?? 'round-rectangle',
          short: a.name.length > 28 ? a.name.slice(0, 27) + '…' : a.name } });
    });
    hood.relationships.forEach((r) => {
      if (this.cy.getElementById(r.id).nonempty()) return;
      fresh.push({ group: 'edges', classes: ['ALLEGED', 'SUSPENDED'].includes(r.status) ? 'dashed' : '',
        data: { id: r.id, source: r.source.id, target: r.target.id, relationship: r, ...relationshipLook(r.type),
          label: `${label(r.type)} (${label(r.status)})` } });
    });
    const nodes = this.cy.add(fresh.filter((e) => e.group === 'nodes'));
    const edges = this.cy.add(fresh.filter((e) => e.group === 'edges' && this.cy.getElementById(e.data.source).nonempty()
      && this.cy.getElementById(e.data.target).nonempty()));
    this.layout(!around);
    return { actors: nodes.length, relationships: edges.length };
  }

  /**
   * Force-directed (cose); an expansion keeps the drawn actors near where they were. cose draws its starting
   * positions and its nudges of overlapping actors from Math.random, so the run (synchronous: animate is off)
   * draws from the picture's seeded generator instead, in a fixed box (not the canvas's size, which a scroll bar
   * changes) that fitting then scales to the canvas.
   */
  layout(fresh = true) {
    // cose sizes actors with their borders: a selected actor's wider one would move the picture
    const selected = this.cy.$(':selected').unselect();
    const random = Math.random;
    Math.random = this.random;
    try {
      // labels are left out of actors' sizes: their size follows the zoom, and the layout must not
      this.cy.layout({ name: 'cose', animate: false, randomize: fresh, nodeDimensionsIncludeLabels: false,
        nodeRepulsion: () => 80000, idealEdgeLength: () => 90, edgeElasticity: () => 100, gravity: 60, numIter: 1500,
        boundingBox: { x1: 0, y1: 0, w: 800, h: 520 }, fit: true, padding: 30 }).run();
    } finally {
      Math.random = random;
      selected.select();
    }
    if (this.cy.zoom() > 1.4) { // a few actors: fitting them would blow them up
      this.cy.zoom(1.4);
      this.cy.center();
    }
    this.mirror();
  }

  zoom(factor) {
    const c = this.cy;
    c.zoom({ level: c.zoom() * factor, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
  }

  fit() {
    this.cy.fit(undefined, 30);
  }

  select(id) {
    this.cy.elements().unselect();
    this.cy.getElementById(id).select();
  }

  /** What is drawn, as data attributes and a text summary (for tests, and for the lists beside the canvas). */
  mirror() {
    const nodes = this.cy.nodes();
    const edges = this.cy.edges();
    this.container.dataset.nodes = nodes.length;
    this.container.dataset.edges = edges.length;
    this.container.dataset.zoom = this.cy.zoom().toFixed(3);
    // how tall an actor's label is on screen, in px
    if (nodes.length) this.container.dataset.labelPx = (nodes[0].numericStyle('font-size') * this.cy.zoom()).toFixed(1);
    // where each actor stands, as one short text: equal pictures have equal fingerprints (for tests)
    let h = 0;
    for (const n of nodes) {
      const p = n.position();
      for (const ch of `${n.id()}@${Math.round(p.x)},${Math.round(p.y)};`) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
    }
    this.container.dataset.layout = (h >>> 0).toString(36);
    this.on.onChange?.(nodes.map((n) => n.data('actor')), edges.map((e) => e.data('relationship')));
  }
}
