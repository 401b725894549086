// The network picture's legend: each relationship type drawn, in words, beside its line, arrow and tail as
// the picture draws them (vocabulary.js), so that no type is told by its colour alone.
import { $, el, words } from './ui.js';
import { relationshipLook } from './vocabulary.js';

/** The legend of the relationships drawn. */
export function legend(relationships) {
  const types = [...new Set(relationships.map((r) => r.type))];
  $('legend').replaceChildren(...types.map((t) => {
    const li = el('li');
    li.dataset.type = t;
    li.append(glyph(t), words(t));
    return li;
  }));
}

const SVG = 'http://www.w3.org/2000/svg';
// each Cytoscape arrow shape drawn small, its tip at x = 40 of a 44 × 12 box
const MARKS = {
  triangle: [['polygon', { points: '30,1 40,6 30,11' }]],
  vee: [['polygon', { points: '30,1 40,6 30,11 33,6' }]],
  'triangle-backcurve': [['path', { d: 'M30 1 L40 6 L30 11 Q34 6 30 1 Z' }]],
  'circle-triangle': [['circle', { cx: 28, cy: 6, r: 3 }], ['polygon', { points: '32,1 40,6 32,11' }]],
  'triangle-cross': [['polygon', { points: '31,1 40,6 31,11' }], ['rect', { x: 25, y: 1, width: 2, height: 10 }]],
  tee: [['rect', { x: 37, y: 1, width: 3, height: 10 }]],
  'triangle-tee': [['polygon', { points: '28,1 36,6 28,11' }], ['rect', { x: 38, y: 1, width: 2, height: 10 }]],
  chevron: [['polyline', { points: '31,1 39,6 31,11', fill: 'none', 'stroke-width': 3 }]],
  diamond: [['polygon', { points: '30,6 35,1 40,6 35,11' }]],
  square: [['rect', { x: 31, y: 2, width: 8, height: 8 }]],
  circle: [['circle', { cx: 35, cy: 6, r: 4.5 }]],
};

/** A relationship type's line, arrow and tail as in the picture, for the legend. */
function glyph(type) {
  const look = relationshipLook(type);
  const svg = document.createElementNS(SVG, 'svg');
  Object.entries({ width: 44, height: 12, viewBox: '0 0 44 12', 'aria-hidden': 'true', class: 'glyph' })
    .forEach(([k, v]) => svg.setAttribute(k, v));
  const parts = [['line', { x1: look.tail === 'circle' ? 6 : 2, y1: 6, x2: 32, y2: 6, 'stroke-width': 2.5 }],
    ...(MARKS[look.arrow] ?? MARKS.triangle), ...(look.tail === 'circle' ? [['circle', { cx: 4, cy: 6, r: 3 }]] : [])];
  for (const [name, attrs] of parts) {
    const e = document.createElementNS(SVG, name);
    Object.entries({ fill: look.colour, stroke: look.colour, ...attrs }).forEach(([k, v]) => e.setAttribute(k, v));
    svg.appendChild(e);
  }
  svg.dataset.arrow = look.arrow;
  svg.dataset.tail = look.tail;
  return svg;
}
