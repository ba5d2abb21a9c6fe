/** Extensions, the many kinds of space, and full-width characters. */
import { casesOf, type DetectionCase } from './types';

const ext = casesOf('extension');
const sp = casesOf('spaces');
const fw = casesOf('full-width');

export const formattingCases: DetectionCase[] = [
  ext('US')('x', '<p>Phone: (213) 373-4253 x123</p>', '+12133734253;ext=123'),
  ext('US')('ext-dot', '<p>Call 646-862-1095 ext. 45 for billing</p>', '+16468621095;ext=45'),
  ext('US')('ext-space', '<p>+1 312 744 5000 ext 7</p>', '+13127445000;ext=7'),
  ext('US')('extension-word', '<p>617-253-1000, extension 2204</p>', '+16172531000;ext=2204'),
  ext('US')('rfc3966', '<p>+1-415-701-8822;ext=77</p>', '+14157018822;ext=77'),
  ext('CA')('x-no-space', '<p>416-979-1234 x5521</p>', '+14169791234;ext=5521'),
  ext('GB')('ext', '<p>Tel: +44 20 7946 0958 ext. 214</p>', '+442079460958;ext=214'),
  ext('GB')('x-national', '<p>0161 496 0123 x 31</p>', '+441614960123;ext=31'),
  ext('AU')('ext', '<p>(02) 9374 4000 ext 1234</p>', '+61293744000;ext=1234'),
  ext('IN')('extn', '<p>022 2282 1234 Extn. 305</p>', '+912222821234;ext=305'),
  // German-speaking direct-dial suffixes: part of the dialled number.
  ext('DE')('direct-dial', '<p>Tel. +49 30 28509-22</p>', '+49302850922'),
  ext('DE')('direct-dial-national', '<p>Durchwahl: 0711 2580-123</p>', '+497112580123'),
  ext('DE')('switchboard-0', '<p>Zentrale 089 2180-0</p>', '+498921800'),
  ext('DE')('direct-dial-spaces', '<p>Telefon 040 42838-4711</p>', '+4940428384711'),
  ext('AT')('direct-dial', '<p>Tel.: +43 1 53115-4711</p>', '+431531154711'),
  ext('AT')('switchboard-0', '<p>Tel. 0512 5360-0</p>', '+4351253600'),
  ext('GB')('extn', '<p>Switchboard 029 2018 0774 extn 31</p>', '+442920180774;ext=31'),

  sp('DE')('nbsp-entity', '<p>Tel.&nbsp;+49&nbsp;30&nbsp;28509734</p>', '+493028509734'),
  sp('FR')('nbsp-char', '<p>Tél. 01\u00A042\u00A068\u00A053\u00A000</p>', '+33142685300'),
  sp('FR')('narrow-nbsp', '<p>Tél. : +33\u202F1\u202F42\u202F68\u202F53\u202F00</p>', '+33142685300'),
  sp('CH')('thin', '<p>Tel. +41\u200944\u2009668\u200918\u200900</p>', '+41446681800'),
  sp('US')('thin-entity', '<p>Phone +1&thinsp;213&thinsp;373&thinsp;4253</p>', '+12133734253'),
  sp('GB')('figure-space', '<p>020\u20077946\u20070958</p>', '+442079460958'),
  sp('GB')('mixed-spaces', '<p>+44\u00A020\u20097946\u202F0958</p>', '+442079460958'),
  sp('DE')('double-space', '<p>Tel.  030  28509734</p>', '+493028509734'),
  sp('US')('line-break-source', '<p>Call +1 213\n      373 4253 anytime</p>', '+12133734253'),
  sp('JP')('ideographic-space', '<p>電話\u300003\u30001234\u30005678</p>', '+81312345678'),
  sp('CZ')('nbsp-national', '<p>tel.:&nbsp;224&nbsp;123&nbsp;456</p>', '+420224123456'),
  sp('IT')('en-space', '<p>Tel. 02\u20021234\u20025678</p>', '+390212345678'),

  fw('JP')('digits-hyphens', '<p>電話：０３－１２３４－５６７８</p>', '+81312345678'),
  fw('JP')('plus', '<p>ＴＥＬ：＋８１ ３ １２３４ ５６７８</p>', '+81312345678'),
  fw('JP')('parens', '<p>（０３）１２３４－５６７８</p>', '+81312345678'),
  fw('JP')('mobile', '<p>携帯：０９０－１２３４－５６７８</p>', '+819012345678'),
  fw('JP')('freedial', '<p>０１２０－１２３－４５６（通話料無料）</p>', '+81120123456'),
  fw('JP')('mixed-width', '<p>03-１２３４-5678</p>', '+81312345678'),
  fw('JP')('ideographic-separators', '<p>ＴＥＬ　０６　６１２３　４５６７</p>', '+81661234567'),
  fw('US')('plus-on-us-page', '<p>Tokyo office ＋８１ ９０ １２３４ ５６７８</p>', '+819012345678'),
  fw('JP')('katakana-long-vowel-dash', '<p>電話 03ー1234ー5678</p>', '+81312345678'),
];
