/** Numbers ThruDial must leave alone because of their context: fax lines, form fields and code, and pages that opt out. */
import { casesOf, type DetectionCase } from './types';

const fax = casesOf('fax');
const ign = casesOf('ignored-element');
const fdNo = casesOf('format-detection-no');

const OPT_OUT = { head: '<meta name="format-detection" content="telephone=no">' };

export const contextCases: DetectionCase[] = [
  fax('US')('label', '<p>Fax: (213) 373-4254</p>'),
  fax('US')('label-intl', '<p>Fax +1 646 862 1096</p>'),
  fax('GB')('f-label', '<p>F: +44 20 7946 0959</p>'),
  fax('DE')('telefax', '<p>Telefax 030 28509735</p>'),
  fax('DE')('fax-nr', '<p>Fax-Nr.: 089 / 2180 3457</p>'),
  fax('FR')('telecopie', '<p>Télécopie : 01 42 68 53 01</p>'),
  fax('CH')('fax-lower', '<p>fax 0041 44 668 18 01</p>'),
  fax('IT')('fax', '<p>Fax 06 1234 5679</p>'),
  fax('ES')('fax', '<p>Fax: 912 345 679</p>'),
  fax('JP')('fax', '<p>FAX 03-1234-5679</p>'),
  fax('JP')('fax-fullwidth', '<p>ＦＡＸ：０３－１２３４－５６７９</p>'),
  fax('NL')('fax', '<p>Fax 020 123 4568</p>'),
  // Phone and fax side by side: only the phone line is a number to call.
  fax('DE')('tel-and-fax', '<p>Tel. 030 28509734, Fax 030 28509735</p>', '+493028509734'),
  fax('GB')('t-and-f', '<p>T +44 20 7946 0958 F +44 20 7946 0959</p>', '+442079460958'),
  fax('FR')('tel-fax-lines', '<p>Tél. : 01 42 68 53 00<br>Fax : 01 42 68 53 01</p>', '+33142685300'),
  fax('US')('phone-fax-pipe', '<p>Phone (213) 373-4253 | Fax (213) 373-4254</p>', '+12133734253'),
  fax('AT')('table', '<table><tr><th>Telefon</th><td>01 53115 0</td></tr><tr><th>Fax</th><td>01 53115 99</td></tr></table>', '+431531150'),
  fax('CH')('letterhead', '<p>T +41 44 668 18 00<br>F +41 44 668 18 01</p>', '+41446681800'),
  fax('AU')('ph-fax', '<p>Ph (02) 9374 4000 Fax (02) 9374 4001</p>', '+61293744000'),
  fax('BR')('fax', '<p>Tel.: (11) 3456-7890 / Fax: (11) 3456-7891</p>', '+551134567890'),

  ign('US')('input-value', '<p><label>Phone <input type="tel" value="+1 213 373 4253"></label></p>'),
  ign('US')('input-placeholder', '<p><input type="text" placeholder="(213) 373-4253"></p>'),
  ign('DE')('textarea', '<p><textarea>Bitte rufen Sie 030 28509734 an</textarea></p>'),
  ign('US')('code', '<p>Use <code>+12133734253</code> as the test number.</p>'),
  ign('GB')('pre', '<pre>curl -d "to=+442079460958" https://api.example.com</pre>'),
  ign('FR')('select', '<p><select><option>01 42 68 53 00</option></select></p>'),
  ign('US')('script', '<p>Contact<script>window.phone = "+1 213 373 4253";</script></p>'),
  ign('DE')('code-block', '<pre><code>const tel = "+49 30 28509734";</code></pre>'),
  ign('JP')('textarea-fullwidth', '<p><textarea>電話 03-1234-5678</textarea></p>'),
  ign('US')('style', '<p><style>.a::after { content: "213-373-4253"; }</style>Styled</p>'),

  fdNo('US', OPT_OUT)('meta-no', '<p>Call (213) 373-4253</p>'),
  fdNo('DE', OPT_OUT)('meta-no-intl', '<p>Tel. +49 30 28509734</p>'),
  fdNo('FR', { head: '<meta name="format-detection" content="telephone=no, email=no">' })('meta-no-list', '<p>Tél. 01 42 68 53 00</p>'),
  fdNo('JP', { head: '<meta name="Format-Detection" content="telephone=no">' })('meta-no-case', '<p>電話 03-1234-5678</p>'),
];
