/**
 * Benchmark pages, generated deterministically (seeded PRNG) so every run and every arm sees
 * the same bytes.
 *
 * bigPage(): about 5 MB of HTML, about 50,000 text nodes, 2,000 phone numbers in several
 * formats (national US, +CC international, split over inline elements, tel: links) among
 * paragraphs, tables, lists and inline markup, with decoys (dates, prices, IPs, versions,
 * order numbers) that must not be underlined. The page carries its own instrumentation
 * (identical in every arm): long tasks and the ThruDial highlight count, polled every 20 ms.
 *
 * burstPage(): a small page whose own script, when started, appends 10,000 nodes with numbers
 * in 100 bursts of 100 (setTimeout 0 between bursts) and times itself with performance.now()
 * from the first burst to a requestAnimationFrame after the last.
 */

export const HIGHLIGHT_NAME = 'thrudial-number';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the of and to in is for on with as by at from that this our your we you are be will can more service office ' +
  'support team customer account order delivery return policy hours monday friday weekend please contact ' +
  'department manager appointment booking reservation invoice payment shipping warehouse branch location ' +
  'building floor suite avenue street road north south east west central regional national international ' +
  'quality product catalogue price offer discount member premium standard basic plan schedule update notice'
).split(' ');

/**
 * Instrumentation shared by every bench page in every arm (identical bytes): long tasks, and the
 * ThruDial highlight (size, first seen, last change), polled every 50 ms. With \`?fast\` in the URL
 * it also looks for the first range drawn inside the viewport, polling every 4 ms until one is
 * registered (or 10 s), for the first-underline figure (samples of their own).
 */
export const PROBE = `<script>
(() => {
  const b = window.__bench = { longtasks: [], count: -1, lastChange: 0, firstSeen: -1, firstInView: -1, changes: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // Only the first-underline loads (?fast) look where the ranges are: a range's box lays the page out, in the
  // ThruDial arms only (no other arm has ranges), so every other load would charge the probe's layout to ThruDial.
  const fast = location.search.includes('fast');
  // Looked at only when the highlight changed, and only its first 100 ranges (each read may lay the page out).
  const inView = (h) => {
    let k = 0;
    for (const r of h) {
      if (++k > 100) break;
      const box = r.getBoundingClientRect();
      if ((box.width > 0 || box.height > 0) && box.bottom > 0 && box.top < innerHeight) return true;
    }
    return false;
  };
  const poll = () => {
    const h = window.CSS && CSS.highlights && CSS.highlights.get('${HIGHLIGHT_NAME}');
    const n = h ? h.size : -1;
    const now = performance.now();
    if (h && b.firstSeen < 0) b.firstSeen = now;
    if (n !== b.count) {
      b.count = n; b.lastChange = now; b.changes++;
      if (fast && n > 0 && b.firstInView < 0 && inView(h)) b.firstInView = now;
    }
  };
  setInterval(poll, 50);
  // A real page gets frames after load (the cursor, a scroll, an animation), and Chromium captures
  // the page's text for language detection in the first one (ChromeRenderFrameObserver::
  // CapturePageText: ~90 ms on the 5 MB page). A page that changes nothing after load would leave
  // that task to the first arm that draws anything (ThruDial's underline): every arm requests
  // one frame at load, so every arm pays it alike.
  addEventListener('load', () => requestAnimationFrame(() => {}), { once: true });
  if (fast) {
    const quick = setInterval(() => { poll(); if (b.firstInView >= 0 || performance.now() > 10000) clearInterval(quick); }, 4);
  }
})();
</script>`;
const BIG_PAGE_PROBE = PROBE;

export interface GeneratedPage {
  html: string;
  /** Phone numbers written into the page (each should become one underline). */
  numbers: number;
  bytes: number;
}

/** About 10.5 KB of HTML per section: 100 sections ≈ 1 MB, 500 ≈ 5 MB, 2000 ≈ 20 MB. `numbers: false` writes decoys instead. */
export function bigPage(options: { sections?: number; seed?: number; numbers?: boolean } = {}): GeneratedPage {
  const withNumbers = options.numbers ?? true;
  const r = rng(options.seed ?? 20240611);
  const sections = options.sections ?? 500;
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
  const word = () => pick(WORDS);
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const sentence = (n: number) => {
    const s = words(n);
    return s[0]!.toUpperCase() + s.slice(1) + '.';
  };
  let numbers = 0;

  const AREA = ['212', '213', '310', '415', '617', '202', '718', '646', '312', '206'];
  const exchange = () => String(2 + Math.floor(r() * 8)) + digits(2);
  /** One phone number as HTML (may contain inline elements or be a tel: link). */
  function phone(): string {
    if (!withNumbers) return `ref ${digits(3)}-${digits(2)} / ${decoy()}`;
    numbers++;
    const a = pick(AREA);
    const e = exchange();
    const x = digits(4);
    switch (Math.floor(r() * 14)) {
      case 0: return `(${a}) ${e}-${x}`;
      case 1: return `${a}-${e}-${x}`;
      case 2: return `${a}.${e}.${x}`;
      case 3: return `+1 ${a} ${e} ${x}`;
      case 4: return `+1 (${a}) ${e}-${x}`;
      case 5: return `1-${a}-${e}-${x}`;
      case 6: return `+44 20 7946 0${digits(3)}`;
      case 7: return `+49 30 1234 56${digits(2)}`;
      case 8: return `+33 1 42 68 53 ${digits(2)}`;
      case 9: return `+61 2 9876 54${digits(2)}`;
      case 10: return `+39 06 6988 48${digits(2)}`;
      case 11: return `<b>+1</b> (${a}) ${e}-${x}`;
      case 12: return `(${a}) <span class="n">${e}-${x}</span>`;
      default: return `<a href="tel:+1${a}${e}${x}">(${a}) ${e}-${x}</a>`;
    }
  }
  const DECOYS = [
    () => `2024-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 10)}`,
    () => `0${1 + Math.floor(r() * 9)}/1${Math.floor(r() * 10)}/2025`,
    () => `$${1 + Math.floor(r() * 9)},${digits(3)}.${digits(2)}`,
    () => `€ ${digits(2)}.${digits(3)},00`,
    () => `192.168.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}`,
    () => `version 10.0.${digits(5)}.${digits(4)}`,
    () => `order #${digits(8)}`,
    () => `${Math.floor(r() * 100)}%`,
    () => `${1 + Math.floor(r() * 11)}:${digits(1)}0 pm`,
  ];
  const decoy = () => pick(DECOYS)();
  /** A paragraph of ~n words with inline markup every few words; `withPhone` puts one number in it. */
  function paragraph(n: number, withPhone: boolean): string {
    const parts: string[] = [];
    let left = n;
    const phoneAt = withPhone ? Math.floor(r() * 6) : -1;
    for (let i = 0; left > 0; i++) {
      const k = Math.min(left, 20 + Math.floor(r() * 24));
      left -= k;
      let chunk = sentence(k);
      if (i === phoneAt) chunk += ` Call ${phone()} for details.`;
      if (i % 3 === 1) chunk += ` See ${decoy()}.`;
      parts.push(chunk);
      if (i % 2 === 1) continue;
      const tag = pick(['b', 'i', 'em', 'strong', 'a href="#x"', 'span class="k"', 'code']);
      const close = tag.split(' ')[0];
      parts.push(`<${tag}>${words(1 + Math.floor(r() * 3))}</${close}>`);
    }
    return `<p>${parts.join(' ')}</p>`;
  }

  const out: string[] = [];
  out.push(`<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>ThruDial benchmark: big page</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:16px;max-width:1000px}table{border-collapse:collapse;margin:8px 0}
td,th{border:1px solid #ccc;padding:2px 6px}.n{color:#333}.k{font-style:italic}nav a{margin-right:6px}</style>
${BIG_PAGE_PROBE}</head><body>`);
  out.push(`<nav>${Array.from({ length: 40 }, (_, i) => `<a href="#s${i}">${words(2)}</a>`).join('')}</nav>`);
  // A number in the first screen (the first underline inside the viewport is a figure of its own).
  if (withNumbers) {
    numbers++;
    out.push('<p class="hotline">Customer service: (213) 373-4253, monday to friday.</p>');
  }
  for (let s = 0; s < sections; s++) {
    out.push(`<section id="s${s}"><h2>${sentence(4)}</h2>`);
    // 4 numbers per section: one paragraph, two table rows, one list item.
    const phoneParagraph = Math.floor(r() * 5);
    for (let p = 0; p < 5; p++) out.push(paragraph(190 + Math.floor(r() * 110), p === phoneParagraph));
    const rows: string[] = ['<tr><th>Name</th><th>Phone</th><th>Opened</th><th>Amount</th><th>Reference</th></tr>'];
    const phoneRows = new Set([Math.floor(r() * 3), 3 + Math.floor(r() * 3)]);
    for (let row = 0; row < 6; row++) {
      rows.push(`<tr><td>${words(2)}</td><td>${phoneRows.has(row) ? phone() : `ext. ${digits(3)}`}</td><td>${DECOYS[row % 2]!()}</td>` +
        `<td>${DECOYS[2]!()}</td><td>${DECOYS[6]!()}</td></tr>`);
    }
    out.push(`<table>${rows.join('')}</table>`);
    const phoneItem = Math.floor(r() * 5);
    const items: string[] = [];
    for (let i = 0; i < 5; i++) {
      items.push(`<li><b>${words(2)}</b>: ${sentence(8)} ${i === phoneItem ? `Phone ${phone()}.` : `Ref ${decoy()}.`} <i>${words(3)}</i></li>`);
    }
    out.push(`<ul>${items.join('')}</ul>`);
    out.push(`<footer>${sentence(10)} <small>${decoy()}</small></footer></section>`);
  }
  out.push('</body></html>');
  const html = out.join('\n');
  return { html, numbers, bytes: Buffer.byteLength(html) };
}

export const BURSTS = 100;
export const BURST_SIZE = 100;

/** Small page; window.__startBursts() runs the timed DOM growth, window.__burst holds the result. */
export function burstPage(): string {
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>ThruDial benchmark: bursts</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:16px}</style>${PROBE}</head><body>
<h1>Directory</h1><p id="static">Front desk: (213) 373-4253</p><div id="feed"></div>
<script>
window.__startBursts = () => {
  const feed = document.getElementById('feed');
  const AREA = ['212', '213', '310', '415', '617'];
  let burst = 0;
  const t0 = performance.now();
  const burstTimes = [];
  function one() {
    const b0 = performance.now();
    const frag = document.createDocumentFragment();
    for (let i = 0; i < ${BURST_SIZE}; i++) {
      const k = burst * ${BURST_SIZE} + i;
      const p = document.createElement(k % 4 === 0 ? 'li' : 'p');
      const line = String(1000 + (k % 9000));
      const number = '(' + AREA[k % 5] + ') ' + (200 + (k % 700)) + '-' + line;
      if (k % 3 === 0) {
        p.append('Agent ' + k + ' ');
        const b = document.createElement('b');
        b.textContent = number;
        p.append(b, ' available 9:00 to 17:00, ref #' + (100000 + k));
      } else {
        p.textContent = 'Message ' + k + ' from ' + number + ' on 2024-05-' + (10 + (k % 18)) + ', amount $' + (k % 997) + '.50';
      }
      frag.append(p);
    }
    feed.append(frag);
    burstTimes.push(performance.now() - b0);
    burst++;
    if (burst < ${BURSTS}) setTimeout(one, 0);
    else requestAnimationFrame(() => {
      window.__burst = { elapsed: performance.now() - t0, maxBurst: Math.max(...burstTimes), doneAt: performance.now() };
    });
  }
  one();
};
</script></body></html>`;
}

/** A contact page for the click figure. */
export function clickPage(): string {
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>ThruDial benchmark: click</title>
<style>body{font:16px/1.5 sans-serif;margin:24px}</style>${PROBE}</head><body>
<h1>Contact</h1><p id="main">Call us at (213) 373-4253 today.</p>
<button id="ping" style="font-size:20px">ping</button>
</body></html>`;
}

const AREAS = ['212', '213', '310', '415', '617', '202', '718', '646', '312', '206'];
/** A deterministic valid-looking US number for index k. */
function usNumber(k: number): string {
  return `(${AREAS[k % AREAS.length]}) ${200 + ((k * 7) % 700)}-${String(1000 + ((k * 37) % 9000))}`;
}
const FILLER =
  'Our support team answers questions about orders, delivery and returns from monday to friday. ' +
  'Please keep your account reference at hand when you contact the regional office.';

export const FRAMES = 50;
export const NUMBERS_PER_FRAME = 4;

/**
 * 50 same-origin srcdoc iframes (about 5 KB of text and 4 numbers each) under a small top page with one
 * number: each frame gets its own content script. Expected count: 50 × 4 + 1.
 */
export function framesPage(): { html: string; numbers: number } {
  const frames: string[] = [];
  let k = 0;
  for (let f = 0; f < FRAMES; f++) {
    const paras: string[] = [];
    for (let p = 0; p < 12; p++) {
      const phone = p % 3 === 0 ? ` Call ${usNumber(k++)} for branch ${f}.` : ` Ref ${f}-${p}, 2024-05-1${p % 10}.`;
      paras.push(`<p>${FILLER}${phone} ${FILLER}</p>`);
    }
    const doc = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><style>body{font:14px sans-serif;margin:8px}</style></head><body><h3>Branch ${f}</h3>${paras.join('')}</body></html>`;
    frames.push(`<iframe title="branch ${f}" width="500" height="300" srcdoc="${doc.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>`);
  }
  const html = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>ThruDial benchmark: 50 frames</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:16px}iframe{border:1px solid #ccc;margin:4px}</style>${PROBE}</head><body>
<h1>Branches</h1><p>Head office: (213) 373-4253</p>
${frames.join('\n')}
</body></html>`;
  return { html, numbers: FRAMES * NUMBERS_PER_FRAME + 1 };
}

export const SHADOW_ROWS = 5000;

/**
 * A web-component app: <contact-app> (open shadow root) renders 5,000 <contact-row> elements, each
 * with its own open shadow root holding a name, a number and a status. Rows are created by the
 * page's script before the load event. Expected count: 5,000 + 1 in the light DOM.
 */
export function shadowAppPage(): { html: string; numbers: number } {
  const html = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>ThruDial benchmark: web components</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:16px}</style>${PROBE}</head><body>
<h1>Contacts</h1><p>Switchboard: (213) 373-4253</p><contact-app></contact-app>
<script>
const AREA = ${JSON.stringify(AREAS)};
const num = (k) => '(' + AREA[k % AREA.length] + ') ' + (200 + ((k * 7) % 700)) + '-' + (1000 + ((k * 37) % 9000));
const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const rowName = (k) => 'Agent ' + L[k % 26] + L[Math.floor(k / 26) % 26].toLowerCase() + ', team ' + L[k % 7];
class ContactRow extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const k = Number(this.dataset.k);
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{display:flex;gap:12px;padding:2px 0;border-bottom:1px solid #eee}.s{color:#080}</style>' +
      '<span class="n">' + rowName(k) + '</span> <span class="p">' + num(k) + '</span> ' +
      '<span class="s">available since 2024-05-' + (10 + (k % 18)) + '</span>';
  }
}
class ContactApp extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{display:block}</style><header>Directory (${SHADOW_ROWS} rows)</header><div class="rows"></div>';
    const rows = root.querySelector('.rows');
    const frag = document.createDocumentFragment();
    for (let k = 0; k < ${SHADOW_ROWS}; k++) {
      const row = document.createElement('contact-row');
      row.dataset.k = String(k);
      frag.append(row);
    }
    rows.append(frag);
  }
}
customElements.define('contact-row', ContactRow);
customElements.define('contact-app', ContactApp);
</script></body></html>`;
  return { html, numbers: SHADOW_ROWS + 1 };
}

export const ROUTES = 8;
export const ROUTE_ROWS = 400;
export const ROUTE_GAP_MS = 300;

/**
 * A single-page app: window.__startRoutes() changes route 8 times, 300 ms apart (history.pushState
 * and the content container's children replaced by a new view of 400 table rows, each with a
 * number). Each route's render time is the page's own performance.now() from the change to a
 * task after the next frame (rAF + setTimeout 0); window.__routes holds them. Expected count at the
 * end: the last view's 400 numbers + 1 in the header.
 */
export function routeAppPage(): { html: string; numbers: number } {
  const html = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>ThruDial benchmark: route changes</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:16px}td{padding:1px 8px;border-bottom:1px solid #eee}</style>${PROBE}</head><body>
<header><nav><a href="/routes.html">Home</a></nav> Helpdesk: (213) 373-4253</header><main id="view"><p>Home</p></main>
<script>
const AREA = ${JSON.stringify(AREAS)};
const num = (k) => '(' + AREA[k % AREA.length] + ') ' + (200 + ((k * 7) % 700)) + '-' + (1000 + ((k * 37) % 9000));
function view(route) {
  const table = document.createElement('table');
  for (let i = 0; i < ${ROUTE_ROWS}; i++) {
    const k = route * ${ROUTE_ROWS} + i;
    const tr = document.createElement('tr');
    for (const text of ['Ticket ' + (10000 + k), 'Customer ' + (k % 97), num(k), '2024-05-' + (10 + (k % 18)), 'open']) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    table.append(tr);
  }
  const h = document.createElement('h2');
  h.textContent = 'Queue ' + route;
  return [h, table];
}
window.__startRoutes = () => {
  const main = document.getElementById('view');
  const times = [];
  const t0 = performance.now();
  let route = 0;
  function go() {
    const s = performance.now();
    history.pushState({ route }, '', '/routes.html?route=' + route);
    main.replaceChildren(...view(route));
    requestAnimationFrame(() => setTimeout(() => {
      times.push(performance.now() - s);
      route++;
      if (route < ${ROUTES}) setTimeout(go, ${ROUTE_GAP_MS});
      else window.__routes = { times, elapsed: performance.now() - t0, doneAt: performance.now() };
    }, 0));
  }
  go();
};
</script></body></html>`;
  return { html, numbers: ROUTE_ROWS + 1 };
}
