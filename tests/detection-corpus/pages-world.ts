/**
 * Whole pages, part 3: CJK shop pages (numbers glued to the text), pages that switch language
 * in a section (`lang` on an inner element) and pages that name another country next to a
 * national number. Made up, shaped like saved real pages.
 */
import { page } from './page-case';
import type { DetectionCase } from './types';

export const worldPageCases: DetectionCase[] = [
  // ---------------------------------------------------------------- the nearest lang wins (class 0)
  page('US', 'en-page-de-section', [0],
    `<h1>Locations</h1><p>New York: (212) 555-0190</p>
     <section lang="de-DE"><h2>Standort Berlin</h2><p>Telefon: 030 2345 6700<br>Fax: 030 2345 6709</p></section>`,
    { phones: ['+12125550190', '+493023456700'], faxes: ['+493023456709'] }),
  page('GB', 'en-page-nl-div', [0],
    `<p>UK customers: 0161 496 0640.</p><div lang="nl-NL"><p>Klantenservice Nederland: bel 020 123 4567 (ma–vr 9–17 uur).</p></div>`,
    { phones: ['+441614960640', '+31201234567'] }),
  page('US', 'en-page-fr-footer', [0],
    `<main><p>Questions? (415) 555-0112</p></main>
     <footer lang="fr-FR"><p>Bureau de Paris — Tél. : 01 42 68 53 00 — Télécopie : 01 42 68 53 01</p></footer>`,
    { phones: ['+14155550112', '+33142685300'], faxes: ['+33142685301'] }),
  page('DE', 'de-page-at-address', [0],
    `<p>Zentrale München: 089 2180 3000</p>
     <address lang="de-AT">Niederlassung Graz, Herrengasse 16, 8010 Graz<br>Tel. 0316 123456</address>`,
    { phones: ['+498921803000', '+43316123456'] }),
  page('US', 'en-page-ja-block', [0, 3],
    `<h2>Tokyo showroom</h2><div lang="ja-JP"><p>東京ショールーム　電話 03-1234-5678（平日10時～18時）</p></div>`,
    { phones: ['+81312345678'] }),
  page('GB', 'en-page-de-ch-table-cell', [0],
    `<table><tr><th>Office</th><th>Telephone</th></tr><tr><td>London</td><td>020 7946 0720</td></tr>
     <tr lang="de-CH"><td>Zürich</td><td>044 668 18 00</td></tr></table>`,
    { phones: ['+442079460720', '+41446681800'] }),
  // ---------------------------------------------------------------- glued to CJK text (class 3)
  page('JP', 'shop-glued-phone', [3],
    `<h2>店舗情報</h2><p>ご予約・お問い合わせはお電話は03-1234-5678まで（受付時間10:00～19:00）。</p>
     <p>〒150-0001 東京都渋谷区神宮前1-2-3</p>`,
    { phones: ['+81312345678'] }),
  page('JP', 'shop-tel-fax-glued', [1, 3],
    `<div class="shop"><p>大阪本店</p><p>電話06-6123-4567／FAX06-6123-4568</p><p>商品番号4901234567894</p></div>`,
    { phones: ['+81661234567'], faxes: ['+81661234568'] }),
  page('JP', 'freedial-glued', [3],
    `<p>フリーダイヤル0120-123-456までお気軽にどうぞ。携帯電話からは045-123-4567へ。</p>`,
    { phones: ['+81120123456', '+81451234567'] }),
  page('CN', 'shop-glued-phone', [3],
    `<h2>联系我们</h2><p>客服电话号码是010-12345678，工作时间9:00-18:00。</p><p>订单号20240315123456</p>`,
    { phones: ['+861012345678'] }),
  page('CN', 'shop-tel-fax-mobile', [1, 3],
    `<p>联系电话：021-62345678，传真：021-62345679，手机13800138000（微信同号）</p>`,
    { phones: ['+862162345678', '+8613800138000'], faxes: ['+862162345679'] }),
  page('CN', 'store-list-shenzhen', [3],
    `<ul><li>深圳福田店 电话0755-87654321 营业时间10:00-22:00</li><li>邮编518000</li></ul>`,
    { phones: ['+8675587654321'] }),
  page('TW', 'shop-glued-tel-fax', [1, 3],
    `<p>台北門市電話02-2345-6789，傳真02-2345-6780，統一編號12345675</p>`,
    { phones: ['+886223456789'], faxes: ['+886223456780'] }),
  page('KR', 'shop-glued-tel-fax', [1, 3],
    `<p>고객센터전화02-312-3456 팩스02-312-3457 사업자등록번호 123-45-67890</p>`,
    { phones: ['+8223123456'], faxes: ['+8223123457'] }),
  page('HK', 'shop-glued-phone', [3],
    `<p>如有查詢請致電2345 6789或電郵info@shop.example</p>`,
    { phones: ['+85223456789'] }),
  // ---------------------------------------------------------------- a country named next to a national number (class 6)
  page('US', 'international-offices-list', [6],
    `<h2>Worldwide offices</h2><ul><li>USA: (212) 555-0101</li><li>UK: 020 7946 0321</li><li>Deutschland: 030 2345678</li><li>France: 01 42 68 53 00</li></ul>`,
    { phones: ['+12125550101', '+442079460321', '+49302345678', '+33142685300'] }),
  page('GB', 'benelux-helplines', [6],
    `<p>Helplines — GB 0161 496 0650 · NL 020-123 4567 · BE 02 512 34 56</p>`,
    { phones: ['+441614960650', '+31201234567', '+3225123456'] }),
  page('DE', 'dach-hotlines', [6],
    `<h3>Hotlines</h3><p>Deutschland: 089 2180 3000<br>Schweiz: 044 668 18 00<br>Österreich: 0316 123456</p>`,
    { phones: ['+498921803000', '+41446681800', '+43316123456'] },
    { note: 'Read for DE, 044 668 18 00 is a valid German number: only the label gives the right one.' }),
  page('US', 'japan-office-label', [6],
    `<p>Our Japan office (Japan: 03-1234-5678) answers during Tokyo business hours; Australia: (02) 9374 4000.</p>`,
    { phones: ['+81312345678', '+61293744000'] }),
  page('US', 'germany-phrase', [6],
    `<p>In Germany, call 089 1234 5678. In the U.S., call (617) 555-0150.</p>`,
    { phones: ['+498912345678', '+16175550150'] }),
  // ---------------------------------------------------------------- pages mixing two countries
  page('CH', 'imprint-ch-with-de-branch', [6],
    `<h1>Impressum</h1><p>Seeblick AG, Bahnhofstrasse 10, 8001 Zürich<br>Tel. +41 44 668 18 10<br>Fax +41 44 668 18 19</p>
     <p>Zweigniederlassung Deutschland: Tel. +49 30 2345 6710, Fax +49 30 2345 6719</p><p>UID CHE-123.456.789</p>`,
    { phones: ['+41446681810', '+493023456710'], faxes: ['+41446681819', '+493023456719'] }),
  page('NL', 'nl-be-contact', [6],
    `<h2>Contact</h2><p>Nederland: 020 123 4568<br>België: 02 512 34 57<br>Fax (NL): 020 123 4569</p>`,
    { phones: ['+31201234568', '+3225123457'], faxes: ['+31201234569'] }),
  page('CA', 'us-ca-support', [],
    `<p>Canada (416) 555-0188 · United States (312) 555-0188 · TTY 1-800-555-0199</p>`,
    { phones: ['+14165550188', '+13125550188', '+18005550199'] }),
];
