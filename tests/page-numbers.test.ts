// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { listPageNumbers, type ShownNumber } from '../entrypoints/content/page-numbers';

/** Marks every `[[…]]` in `html` as a shown number (a Range over its text), in the order given by `order`. */
function page(html: string, order?: number[]): ShownNumber[] {
  document.body.innerHTML = html.replace(/\[\[(.*?)\]\]/g, '<span data-n>$1</span>');
  const shown = [...document.querySelectorAll('[data-n]')].map((span) => {
    const range = document.createRange();
    range.selectNodeContents(span.firstChild!);
    return { text: span.textContent!, range };
  });
  return order ? order.map((i) => shown[i]!) : shown;
}

describe('the popup\'s list of the numbers a page shows', () => {
  it('is in page order, whatever order the numbers were found in', () => {
    const shown = page('<p>A [[+1 213-373-4000]]</p><p>B [[+1 213-373-4253]]</p><p>C [[+1 213-373-4254]]</p>', [2, 0, 1]);
    expect(listPageNumbers(shown).numbers.map((n) => n.text)).toEqual(['+1 213-373-4000', '+1 213-373-4253', '+1 213-373-4254']);
  });

  it('labels a number with the words before it on its line, without "Tel." and punctuation', () => {
    const shown = page('<p>Sales: [[+1 213-373-4253]]</p><p>Head office – Tel.: [[+1 213-373-4000]]</p><p>☎ [[+1 213-373-4001]]</p>');
    expect(listPageNumbers(shown).numbers.map((n) => n.label)).toEqual(['Sales', 'Head office', undefined]);
  });

  it('takes the label after the previous number on the same line, not before it', () => {
    const shown = page('<p>Tel. [[030 1234567]] Support [[030 1234568]]</p>');
    expect(listPageNumbers(shown).numbers.map((n) => n.label)).toEqual([undefined, 'Support']);
  });

  it('takes the previous table cell or the <dt> of a <dd>', () => {
    const shown = page('<table><tr><th>Night line</th><td>[[+1 213-373-4510]]</td></tr></table><dl><dt>Support</dt><dd>[[(213) 373-4254]]</dd></dl>');
    expect(listPageNumbers(shown).numbers.map((n) => n.label)).toEqual(['Night line', 'Support']);
  });

  it('never lists a number labelled Fax, Telefax or F, but does list Tel./Fax', () => {
    const shown = page('<p>Fax: [[+1 213-373-4255]]</p><p>Telefax [[030 1234569]]</p><p>T [[030 1234560]] F [[030 1234561]]</p><p>Tel./Fax: [[030 1234562]]</p><table><tr><td>Fax</td><td>[[030 1234563]]</td></tr></table>');
    expect(listPageNumbers(shown).numbers.map((n) => n.text)).toEqual(['030 1234560', '030 1234562']);
  });

  it('lists a number after a name that ends in F ("Building F"): the matcher\'s reading of labels, not a second one', () => {
    const shown = page('<p>Building F [[(617) 555-0140]]</p><p>team F: [[(617) 555-0141]]</p>');
    expect(listPageNumbers(shown).numbers).toEqual([{ text: '(617) 555-0140', label: 'Building F' }]);
  });

  it('a sentence around a number is no label, and page text is cleaned of control characters', () => {
    const shown = page('<p>Write to us, or call [[+1 310-555-0142]]</p><p>Sa\u202eles\u0007: [[+1 310-555-0143]]</p>');
    expect(listPageNumbers(shown).numbers.map((n) => n.label)).toEqual([undefined, 'Sa les']);
  });

  it('keeps the country a national number was read for, and counts what it leaves out', () => {
    const shown = page(Array.from({ length: 205 }, (_, i) => `<p>[[030 12345${String(i).padStart(3, '0')}]]</p>`).join(''))
      .map((n) => ({ ...n, country: 'DE' }));
    const answer = listPageNumbers(shown);
    expect(answer.numbers).toHaveLength(200);
    expect(answer.total).toBe(205);
    expect(answer.numbers[0]).toEqual({ text: '030 12345000', country: 'DE' });
  });
});

describe('numbers inside shadow roots', () => {
  it('count where their host stands in the page', () => {
    document.body.innerHTML = '<p>First [[+1 213-373-4000]]</p><div id="host"></div><p>Last [[+1 213-373-4002]]</p>'
      .replace(/\[\[(.*?)\]\]/g, '<span data-n>$1</span>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'closed' });
    shadow.innerHTML = '<p>Inside <span data-n>+1 213-373-4001</span></p>';
    const ranges = [...document.querySelectorAll('[data-n]'), shadow.querySelector('[data-n]')!].map((span) => {
      const range = document.createRange();
      range.selectNodeContents(span.firstChild!);
      return { text: span.textContent!, range };
    });
    const answer = listPageNumbers([ranges[2]!, ranges[1]!, ranges[0]!]);
    expect(answer.numbers.map((n) => [n.text, n.label])).toEqual([
      ['+1 213-373-4000', 'First'], ['+1 213-373-4001', 'Inside'], ['+1 213-373-4002', 'Last'],
    ]);
  });
});
