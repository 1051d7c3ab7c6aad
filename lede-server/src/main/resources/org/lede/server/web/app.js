// The Lede corpus page: search, article and entity views over the JSON API. Every piece of text from the
// corpus reaches the page through textContent or an attribute, never as HTML: article text is hostile input.
'use strict';

const view = document.getElementById('view');
const SVG = 'http://www.w3.org/2000/svg';
const SPEAKER_COLOURS = 8;

/** An element with attributes and children; strings become text nodes. */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (name === 'onclick') node.addEventListener('click', value);
    else if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
  for (const child of children.flat()) node.append(child instanceof Node ? child : String(child));
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function show(...children) {
  view.replaceChildren(...children);
}

function failed(error) {
  show(el('p', { class: 'error' }, error.message));
}

// ---------------------------------------------------------------- routing

function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'article' && parts[1]) return articleView(parts[1]).catch(failed);
  if (parts[0] === 'entity' && parts[1]) return entityView(parts[1]).catch(failed);
  if (parts[0] === 'claims') return claimsView(params).catch(failed);
  if (parts[0] === 'cluster' && parts[1]) return clusterView(parts[1]).catch(failed);
  if (parts[0] === 'clusters') return clustersView().catch(failed);
  return searchView(params).catch(failed);
}

function go(path, params) {
  const query = params && params.toString();
  location.hash = '#' + path + (query ? '?' + query : '');
}

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const params = new URLSearchParams();
  const words = document.getElementById('q').value.trim();
  if (words) params.set('q', words);
  go('/search', params);
});
window.addEventListener('hashchange', route);

// ---------------------------------------------------------------- search

const FILTERS = ['q', 'outlet', 'from', 'to', 'entity', 'speaker', 'technique'];

async function searchView(params) {
  document.getElementById('q').value = params.get('q') || '';
  const query = new URLSearchParams();
  for (const name of FILTERS) if (params.get(name)) query.set(name, params.get(name));
  query.set('limit', '20');
  query.set('offset', params.get('offset') || '0');
  const result = await api('/api/search?' + query);

  const refine = (changes) => {
    const next = new URLSearchParams(params);
    next.delete('offset');
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) next.delete(name); else next.set(name, value);
    }
    go('/search', next);
  };

  const chips = el('div', { class: 'chips' },
    FILTERS.filter(name => params.get(name)).map(name =>
      el('button', { class: 'chip', title: 'Remove this filter', onclick: () => refine({ [name]: null }) },
        name + ': ' + params.get(name) + ' ✕')));

  const facet = (title, id, counts, pick) => el('section', { class: 'facet', id },
    el('h2', {}, title),
    el('ul', {}, counts.map(c => el('li', {},
      el('button', { onclick: () => refine(pick(c.value)) }, c.value), el('span', { class: 'count' }, c.count)))));

  const hits = result.hits.map(hit => el('article', { class: 'hit' },
    el('a', { class: 'title', href: '#/article/' + encodeURIComponent(hit.id) }, hit.title || '(no headline)'),
    el('div', { class: 'meta' }, [hit.outlet, hit.published].filter(Boolean).join(' · ')),
    el('p', { class: 'lead' }, hit.lead)));

  const offset = Number(params.get('offset') || 0);
  const pager = el('p', { class: 'meta' },
    offset > 0 ? el('button', { class: 'chip', onclick: () => refine({ offset: String(Math.max(0, offset - 20)) }) }, '← newer') : null,
    ' ', result.total === 0 ? 'No article matches.' :
      `Articles ${offset + 1}–${offset + result.hits.length} of ${result.total}`, ' ',
    offset + 20 < result.total ? el('button', { class: 'chip', onclick: () => refine({ offset: String(offset + 20) }) }, 'older →') : null);

  const provenance = el('form', { id: 'claims-form' },
    el('input', { id: 'resting-on', type: 'search', placeholder: 'officials', 'aria-label': 'Claims resting on' }),
    el('button', { type: 'submit' }, 'Find'));
  provenance.addEventListener('submit', event => {
    event.preventDefault();
    go('/claims', new URLSearchParams({ resting_on: document.getElementById('resting-on').value.trim() }));
  });

  show(el('div', { class: 'search-page' },
    el('aside', {},
      el('section', { class: 'facet' }, el('h2', {}, 'Claims resting on'), provenance),
      facet('Outlet', 'facet-outlet', result.outlets, value => ({ outlet: value })),
      facet('Month', 'facet-month', result.months, value => ({ from: value + '-01', to: lastDayOf(value) })),
      facet('Entity', 'facet-entity', result.entities, value => ({ entity: value })),
      facet('Technique', 'facet-technique', result.techniques, value => ({ technique: value }))),
    el('section', { id: 'results' }, chips, el('p', { class: 'meta', id: 'total' }, result.total + ' articles'), hits, pager)));
}

function lastDayOf(month) {
  const [year, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return month + '-' + String(day).padStart(2, '0');
}

// ---------------------------------------------------------------- provenance

async function claimsView(params) {
  const phrase = params.get('resting_on') || '';
  const result = await api('/api/claims?' + new URLSearchParams({ resting_on: phrase, limit: '100' }));
  show(
    el('h1', {}, 'Claims resting on “' + phrase + '”'),
    el('p', { class: 'meta', id: 'claims-total' }, result.total + ' claims' +
      (result.total > result.claims.length ? ', the newest ' + result.claims.length + ' shown' : '')),
    el('div', { id: 'claim-list' }, result.claims.map(claim => el('div', { class: 'hit' },
      el('div', {}, '“' + claim.text + '”'),
      el('div', { class: 'chain-line' }, claim.chain.map(link => link.text).join(' ← ')),
      el('div', { class: 'meta' }, el('a', { href: '#/article/' + encodeURIComponent(claim.article_id) },
        claim.title || '(no headline)'), ' · ' + [claim.outlet, claim.published].filter(Boolean).join(' · '))))));
}

// ---------------------------------------------------------------- article

async function articleView(id) {
  const doc = await api('/api/articles/' + encodeURIComponent(id));
  const article = doc.article;
  const entities = new Map(doc.entities.map(e => [e.id, e]));
  const colours = new Map();
  const colourOf = quote => {
    const key = quote.speaker || (quote.speaker_text && quote.speaker_text.text) || '?';
    if (!colours.has(key)) colours.set(key, colours.size % SPEAKER_COLOURS);
    return 'speaker-' + colours.get(key);
  };
  const speakerName = quote => quote.speaker && entities.has(quote.speaker) ? entities.get(quote.speaker).name
    : quote.speaker_text ? quote.speaker_text.text : 'unattributed';

  const text = el('div', { id: 'article-text' }, highlighted(article.text, doc, colourOf));
  const chain = el('div', { id: 'chain', 'aria-label': 'Provenance chain' },
    el('span', { class: 'meta' }, 'Click a quote to see on whose authority it stands.'));
  const claims = doc.quotes.map(quote => el('div', {
      class: 'claim ' + colourOf(quote), 'data-quote': quote.id, onclick: () => select(quote.id) },
    el('div', {}, el('span', { class: 'who' }, speakerName(quote)),
      el('span', { class: 'cue' }, ' · ' + [quote.cue && quote.cue.text, quote.direct ? 'direct' : 'reported',
        quote.channel && quote.channel.text].filter(Boolean).join(' · '))),
    el('div', {}, '“' + quote.text + '”')));

  function select(quoteId) {
    const quote = doc.quotes.find(q => q.id === quoteId);
    for (const node of view.querySelectorAll('.selected')) node.classList.remove('selected');
    for (const node of view.querySelectorAll('[data-quote="' + CSS.escape(quoteId) + '"]')) node.classList.add('selected');
    const links = [];
    quote.chain.forEach((link, i) => {
      if (i > 0) links.push(el('span', { class: 'arrow', 'aria-hidden': 'true' }, '←'));
      links.push(el('span', { class: 'link', 'data-role': link.role },
        el('span', { class: 'role' }, link.role), link.text));
    });
    chain.replaceChildren(...links);
  }
  text.addEventListener('click', event => {
    const span = event.target.closest('[data-quote]');
    if (span) select(span.getAttribute('data-quote'));
  });

  // The cluster this article is in, if any: a 404 only means it reports no event other outlets share.
  const cluster = await api('/api/articles/' + encodeURIComponent(id) + '/cluster').catch(() => null);
  const sameEvent = cluster ? el('p', { id: 'same-event' }, el('a', { href: '#/cluster/' + encodeURIComponent(cluster.id) },
    'The same event in ' + (cluster.reports.length - 1) + ' other report' + (cluster.reports.length > 2 ? 's' : '')),
    el('span', { class: 'meta' }, ' · ' + cluster.reports.map(r => r.article.outlet || '—').join(', '))) : null;

  const url = article.url && /^https?:\/\//i.test(article.url)
    ? el('a', { href: article.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original') : null;
  show(
    el('h1', {}, article.title || '(no headline)'),
    el('div', { class: 'meta' }, [article.outlet, article.published, article.dateline].filter(Boolean).join(' · '), ' ', url),
    sameEvent,
    el('div', { class: 'columns' },
      el('section', {}, text,
        el('h2', {}, 'Events (' + (doc.events || []).length + ')'),
        eventsTable(doc.events || [], entities),
        el('h2', {}, 'Times'),
        el('table', { id: 'times' }, doc.timex.map(t => el('tr', {}, el('td', {}, t.text), el('td', {}, t.value || '—'))))),
      el('aside', {},
        el('h2', {}, 'Provenance'), chain,
        el('h2', {}, 'Who said what (' + doc.quotes.length + ')'), el('div', { id: 'claims' }, claims),
        el('h2', {}, 'Who is in it'),
        el('ul', { class: 'plain', id: 'entities' }, doc.entities.map(e => el('li', {},
          el('a', { href: '#/entity/' + encodeURIComponent(e.name) }, e.name),
          el('span', { class: 'meta' }, ' ' + e.type + (e.aliases.length ? ' · ' + e.aliases.join(', ') : ''))))))));
}

/** One row per event: what, who to whom, where, when, how many, and how the article presents it. */
function eventsTable(events, entities) {
  const who = argument => !argument ? '—'
    : argument.entity && entities.has(argument.entity) ? entities.get(argument.entity).name : argument.text;
  const counts = event => Object.entries(event.counts || {}).map(([what, bounds]) =>
    what + ' ' + (bounds.min === bounds.max || bounds.max === null ? (bounds.max === null ? '≥' : '') + bounds.min
      : bounds.min + '–' + bounds.max)).join(', ');
  return el('table', { id: 'events' },
    el('tr', {}, ['Event', 'Trigger', 'Actor', 'Target', 'Place', 'When', 'Counts', 'As'].map(h => el('th', {}, h))),
    events.map(event => el('tr', {},
      el('td', {}, event.type + ' ' + event.code), el('td', {}, event.trigger.text), el('td', {}, who(event.actor)),
      el('td', {}, who(event.target)), el('td', {}, who(event.place)),
      el('td', {}, event.time ? event.time.value || event.time.text : '—'), el('td', {}, counts(event) || '—'),
      el('td', {}, event.modality + (event.quote ? ', in a quote' : '')))));
}

/** The text as spans: runs of code points that share a quote and an entity mention. */
function highlighted(text, doc, colourOf) {
  const points = Array.from(text); // lede/1 offsets count code points, as Array.from does
  const quoteAt = new Array(points.length).fill(null);
  const entityAt = new Array(points.length).fill(null);
  for (const quote of doc.quotes) for (let i = quote.start; i < quote.end; i++) quoteAt[i] = quote;
  for (const entity of doc.entities) {
    for (const mention of entity.mentions) for (let i = mention.start; i < mention.end; i++) entityAt[i] = entity;
  }
  const runs = [];
  let start = 0;
  for (let i = 1; i <= points.length; i++) {
    if (i === points.length || quoteAt[i] !== quoteAt[start] || entityAt[i] !== entityAt[start]) {
      const quote = quoteAt[start];
      const entity = entityAt[start];
      const words = points.slice(start, i).join('');
      if (!quote && !entity) {
        runs.push(words);
      } else {
        const classes = [quote ? 'quote ' + colourOf(quote) : '', entity ? 'mention' : ''].join(' ').trim();
        runs.push(el('span', { class: classes, 'data-quote': quote ? quote.id : null,
          title: entity ? entity.name + ' (' + entity.type + ')' : null }, words));
      }
      start = i;
    }
  }
  return runs;
}

// ---------------------------------------------------------------- entity

async function entityView(name) {
  const profile = await api('/api/entities/' + encodeURIComponent(name));
  const search = new URLSearchParams({ entity: profile.name });
  show(
    el('h1', {}, profile.name),
    el('div', { class: 'meta' }, profile.type + ' · in ' + profile.articles + ' articles · ' + profile.claims + ' claims · ',
      el('a', { href: '#/search?' + search }, 'the articles')),
    profile.aliases.length ? el('p', {}, 'Also called: ' + profile.aliases.map(a => a.name).join(', ')) : null,
    el('h2', {}, 'Labels by outlet over time'),
    profile.labels.length ? labelsChart(profile.labels) : el('p', { class: 'meta' }, 'No outlet labels it yet.'),
    el('table', { id: 'labels' }, profile.labels.map(l =>
      el('tr', {}, el('td', {}, l.outlet || '—'), el('td', {}, l.month || 'undated'),
        el('td', {}, el('span', { class: 'label ' + (l.polarity || 'role'), title: l.polarity || 'title or apposition' }, l.label)),
        el('td', {}, l.count)))),
    el('h2', {}, 'Quote network'),
    quoteNetwork(profile));
}

/** Outlets down, months across; each dot sized by how often the outlet used its most frequent label. */
function labelsChart(labels) {
  const outlets = [...new Set(labels.map(l => l.outlet || '—'))];
  const months = [...new Set(labels.map(l => l.month || 'undated'))].sort();
  const cell = 120, row = 54, left = 150, top = 30;
  const width = left + months.length * cell + 20, height = top + outlets.length * row + 10;
  const chart = svg('svg', { id: 'labels-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'Labels by outlet and month' });
  months.forEach((month, m) => chart.append(svg('text', { x: left + m * cell + cell / 2, y: 16, 'text-anchor': 'middle' }, month)));
  const max = Math.max(...labels.map(l => l.count));
  outlets.forEach((outlet, o) => {
    const y = top + o * row + row / 2;
    chart.append(svg('text', { x: 8, y: y + 4 }, outlet));
    chart.append(svg('line', { class: 'axis', x1: left, x2: width - 10, y1: y, y2: y }));
    months.forEach((month, m) => {
      const here = labels.filter(l => (l.outlet || '—') === outlet && (l.month || 'undated') === month);
      if (!here.length) return;
      const total = here.reduce((sum, l) => sum + l.count, 0);
      const x = left + m * cell + cell / 2;
      chart.append(svg('circle', { class: 'dot', cx: x, cy: y - 8, r: 4 + 8 * Math.sqrt(total / max) },
        svg('title', {}, here.map(l => l.label + ' (' + l.count + ')').join(', '))));
      chart.append(svg('text', { x, y: y + 18, 'text-anchor': 'middle' }, truncate(here[0].label, 18)));
    });
  });
  return chart;
}

/** Who carries its words on the left, the entity in the middle, whom it quotes on the right. */
function quoteNetwork(profile) {
  const rows = Math.max(profile.quoted_by.length, profile.quoting.length, 1);
  const width = 720, height = Math.max(120, rows * 44 + 20);
  const centre = { x: width / 2, y: height / 2 };
  const net = svg('svg', { id: 'network', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'Quote network' });
  net.append(svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8,
    markerHeight: 8, orient: 'auto-start-reverse' }, svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#8a94a0' }))));
  const side = (items, x, towardsCentre) => items.forEach((item, i) => {
    const y = (i + 0.5) * height / items.length;
    const from = towardsCentre ? { x: x + 60, y } : { x: centre.x + 60, y: centre.y };
    const to = towardsCentre ? { x: centre.x - 60, y: centre.y } : { x: x - 60, y };
    net.append(svg('path', { class: 'edge', d: `M ${from.x} ${from.y} L ${to.x} ${to.y}`, 'marker-end': 'url(#arrow)' },
      svg('title', {}, item.count + ' claims')));
    net.append(node(x, y, item.name + ' (' + item.count + ')', false));
  });
  side(profile.quoted_by, 90, true);
  side(profile.quoting, width - 90, false);
  net.append(node(centre.x, centre.y, profile.name, true));
  return el('div', {}, net, el('p', { class: 'meta' },
    'Left: who carries its words (outlets and relays). Right: whom it quotes (its sources, the speakers it relays).'));
}

function node(x, y, label, isCentre) {
  return svg('g', { class: 'node' + (isCentre ? ' centre' : '') },
    svg('circle', { cx: x, cy: y, r: isCentre ? 60 : 0 }),
    svg('rect', { x: x - 60, y: y - 13, width: 120, height: 26, rx: 6, fill: isCentre ? 'none' : '#e8eef5', stroke: isCentre ? 'none' : '#16324f' }),
    svg('text', { x, y: y + 4, 'text-anchor': 'middle' }, truncate(label, 20), svg('title', {}, label)));
}

function truncate(words, length) {
  return words.length > length ? words.slice(0, length - 1) + '…' : words;
}

// ---------------------------------------------------------------- event clusters

async function clustersView() {
  const result = await api('/api/clusters?limit=100');
  show(
    el('h1', {}, 'Events reported by several articles'),
    el('p', { class: 'meta', id: 'clusters-total' }, result.clusters.length + ' clusters, latest first'),
    el('div', { id: 'cluster-list' }, result.clusters.map(cluster => el('div', { class: 'hit' },
      el('a', { class: 'title', href: '#/cluster/' + encodeURIComponent(cluster.id) }, cluster.title || '(no headline)'),
      el('div', { class: 'meta' }, [cluster.event, cluster.articles + ' articles', cluster.outlets + ' outlets',
        cluster.first_published === cluster.last_published ? cluster.first_published
          : cluster.first_published + ' – ' + cluster.last_published].filter(Boolean).join(' · '))))));
}

/** The same event side by side: one column per report, then each actor as each report names and labels it. */
async function clusterView(id) {
  const cluster = await api('/api/clusters/' + encodeURIComponent(id));
  const columns = cluster.reports.length;
  // Equal columns come from the style sheet (grid-auto-columns): the CSP allows no inline style.
  const grid = cells => el('div', { class: 'side-by-side' }, cells);
  const reports = cluster.reports.map(report => el('section', { class: 'report' },
    el('div', { class: 'outlet' }, report.article.outlet || '—'),
    el('a', { class: 'title', href: '#/article/' + encodeURIComponent(report.article.id) }, report.article.title || '(no headline)'),
    el('div', { class: 'meta' }, report.article.published || 'undated'),
    el('p', { class: 'lead' }, report.article.lead),
    el('div', { class: 'events' }, report.events.map(event => el('div', {}, event))),
    el('div', { class: 'techniques' }, Object.keys(report.techniques).length === 0
      ? el('span', { class: 'meta' }, 'no persuasion technique found')
      : Object.entries(report.techniques).map(([technique, count]) => el('a', {
          class: 'chip', href: '#/search?' + new URLSearchParams({ technique }) }, technique.replaceAll('_', ' ') + ' ×' + count)))));
  const actors = cluster.actors.map(actor => el('section', { class: 'actor' },
    el('h3', {}, el('a', { href: '#/entity/' + encodeURIComponent(actor.name) }, actor.name),
      el('span', { class: 'meta' }, ' ' + actor.type + (actor.participant ? ' · in the event' : '') + ' · named by '
        + actor.articles + ' of ' + columns)),
    grid(cluster.reports.map(report => {
      const wording = actor.wordings.find(w => w.article_id === report.article.id);
      if (!wording) return el('div', { class: 'wording absent' }, 'not named');
      return el('div', { class: 'wording' },
        el('div', { class: 'names' }, wording.names.join(', ') || '—'),
        wording.descriptions.length ? el('div', { class: 'descriptions' }, wording.descriptions.join('; ')) : null,
        wording.labels.map(label => el('span', { class: 'label ' + label.polarity,
          title: label.polarity + (label.voice === 'quote' ? ', inside a quote' : ', the article\'s own words') }, label.text)));
    }))));
  show(
    el('h1', {}, cluster.event ? 'Event: ' + cluster.event : 'One event, several reports'),
    el('p', { class: 'meta' }, columns + ' reports · ' + (cluster.first_published === cluster.last_published
      ? cluster.first_published : cluster.first_published + ' – ' + cluster.last_published)),
    el('div', { id: 'reports' }, grid(reports)),
    el('h2', {}, 'How each report names and labels the actors'),
    el('div', { id: 'actors' }, actors));
}

// Last, once every declaration above is initialised: the first view is drawn from the address as loaded.
route();
