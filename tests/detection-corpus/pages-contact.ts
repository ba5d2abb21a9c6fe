/**
 * Whole pages, part 1: contact and imprint pages, letterheads and footers (made up, shaped like
 * saved real pages). Every number is labelled phone or fax; dates, ids and postcodes are left
 * unlabelled and must not be underlined.
 */
import { page } from './page-case';
import type { DetectionCase } from './types';

export const contactPageCases: DetectionCase[] = [
  // ---------------------------------------------------------------- fax written after the number (class 1)
  page('US', 'law-firm-contact', [1],
    `<h1>Contact Us</h1>
     <p>Harlow &amp; Finch LLP<br>1200 Market Street, Suite 400<br>Philadelphia, PA 19107</p>
     <p>(215) 555-0140 main<br>(215) 555-0141 fax</p>
     <p>Office hours: Monday–Friday, 8:30–5:30. Established 1987.</p>`,
    { phones: ['+12155550140'], faxes: ['+12155550141'] }),
  page('US', 'clinic-contact-f-in-brackets', [1],
    `<h2>Riverside Family Clinic</h2>
     <p>Appointments: (503) 555-0120<br>(503) 555-0121 (F)</p>
     <p>Open since 04/2011 · 22 providers · NPI 1467892033</p>`,
    { phones: ['+15035550120'], faxes: ['+15035550121'] }),
  page('US', 'agency-fax-square-brackets', [1],
    `<h1>County Records Office</h1>
     <ul><li>Front desk (312) 555-0165</li><li>(312) 555-0166 [fax]</li><li>Room 2140, 50 W Washington St</li></ul>`,
    { phones: ['+13125550165'], faxes: ['+13125550166'] }),
  page('US', 'hospital-main-fax-line', [1],
    `<h1>St. Anne Medical Center</h1>
     <p>General information: 617-555-0180<br>617-555-0189 (Main Fax Line)</p>
     <p>Visiting hours 11:00–20:00. 312 beds.</p>`,
    { phones: ['+16175550180'], faxes: ['+16175550189'] }),
  page('GB', 'solicitors-fax-after', [1],
    `<h1>Contact</h1>
     <address>Pemberton Legal, 14 King Street, Manchester M2 6AZ<br>
     0161 496 0200 (switchboard)<br>0161 496 0209 (fax)<br>DX 14305 Manchester</address>`,
    { phones: ['+441614960200'], faxes: ['+441614960209'] }),
  // ---------------------------------------------------------------- a Fax heading over sub-labelled numbers (class 1)
  page('DE', 'imprint-fax-heading', [1],
    `<h1>Impressum</h1>
     <p>Brenner Maschinenbau GmbH, Industriestraße 12, 70565 Stuttgart</p>
     <h3>Telefon</h3><p>Zentrale: 0711 2345 6700<br>Vertrieb: 0711 2345 6710</p>
     <h3>Telefax</h3><p>Zentrale: 0711 2345 6799<br>Vertrieb: 0711 2345 6719</p>
     <p>Registergericht: Amtsgericht Stuttgart, HRB 742311</p>`,
    { phones: ['+4971123456700', '+4971123456710'], faxes: ['+4971123456799', '+4971123456719'] }),
  page('US', 'fax-heading-list', [1],
    `<h2>Phone</h2><ul><li>Sales: (415) 555-0110</li><li>Support: (415) 555-0111</li></ul>
     <h2>Fax</h2><ul><li>Sales: (415) 555-0118</li><li>Billing: (415) 555-0119</li></ul>`,
    { phones: ['+14155550110', '+14155550111'], faxes: ['+14155550118', '+14155550119'] }),
  // ---------------------------------------------------------------- Facsimile, lower-case letterheads, glued labels (class 1)
  page('GB', 'letterhead-facsimile', [1],
    `<div class="letterhead"><strong>Carrow Estates Ltd</strong><br>
     Telephone: +44 20 7946 0500<br>Facsimile: +44 20 7946 0599<br>
     Registered in England No. 04127765 · VAT GB 294 7731 42</div>`,
    { phones: ['+442079460500'], faxes: ['+442079460599'] }),
  page('GB', 'letterhead-lowercase-t-f', [1],
    `<footer><p>north bank studio · 3 mill lane · leeds ls1 4ap</p>
     <p>t: 0113 496 0730 &nbsp; f: 0113 496 0731 &nbsp; e: hello@northbank.example</p></footer>`,
    { phones: ['+441134960730'], faxes: ['+441134960731'] }),
  page('US', 'letterhead-p-f-dots', [1],
    `<div class="masthead">GREYSTONE ARCHITECTS<br>88 Pine St · Seattle WA 98101<br>
     p. 206.555.0150 &nbsp;|&nbsp; f. 206.555.0151</div>`,
    { phones: ['+12065550150'], faxes: ['+12065550151'] }),
  page('US', 'footer-label-glued-to-number', [1],
    `<footer><span>Tel: (312) 555-3900</span><span>Fax: (312) 555-3901</span><span>© 2024 Orland Supply Co.</span></footer>`,
    { phones: ['+13125553900'], faxes: ['+13125553901'] },
    { note: 'Adjacent inline spans without a space: the text reads "…-3900Fax: …".' }),
  page('DE', 'imprint-label-glued', [1],
    `<p class="kontakt">Telefon: +49 89 2180 3900Telefax: +49 89 2180 3901E-Mail: info@brenner.example</p>`,
    { phones: ['+498921803900'], faxes: ['+498921803901'] }),
  // ---------------------------------------------------------------- 00 prefixes (class 2)
  page('DE', 'imprint-0049-trunk', [2],
    `<h1>Impressum</h1><p>Alpenblick Reisen GmbH<br>Leopoldstraße 44, 80802 München</p>
     <p>Telefon 0049 (0)89 1234567<br>Telefax 0049 (0)89 1234568</p><p>USt-IdNr.: DE 811 907 980</p>`,
    { phones: ['+49891234567'], faxes: ['+49891234568'] }),
  page('NL', 'contact-0031-trunk', [2],
    `<h1>Contact</h1><p>Van der Berg Logistiek B.V.<br>Keizersgracht 221, 1016 DV Amsterdam</p>
     <p>Tel.: 0031 (0)20 123 4567<br>KvK 34219877</p>`,
    { phones: ['+31201234567'] }),
  page('US', 'us-page-quoting-0049', [2],
    `<h2>Our partners abroad</h2>
     <p>Munich office: call 0049 89 2180 3000 (9am–5pm CET).</p>
     <p>Headquarters: (713) 555-0190</p>`,
    { phones: ['+498921803000', '+17135550190'] }),
  page('US', 'us-page-quoting-0044', [2],
    `<p>International callers reach our London desk at 0044 20 7946 0123; in the US dial (212) 555-0156.</p>`,
    { phones: ['+442079460123', '+12125550156'] }),
  page('GB', 'gb-page-0033-trunk', [2],
    `<h3>Paris office</h3><p>Tel: 0033 (0)1 42 68 53 00<br>Fax: 0033 (0)1 42 68 53 01</p>`,
    { phones: ['+33142685300'], faxes: ['+33142685301'] }),
  // ---------------------------------------------------------------- web text habits (class 4)
  page('GB', 'wbr-inside-number', [4],
    `<p>Bookings: +44&nbsp;20<wbr>7946<wbr>0210 or 0161<wbr> 496<wbr> 0820</p>`,
    { phones: ['+442079460210', '+441614960820'] }),
  page('US', 'underscore-padding', [4],
    `<p>Emergency contact (after hours):___(617) 555-0147___<br>Form ID: 22-1907</p>`,
    { phones: ['+16175550147'] }),
  page('US', 'tty-glued', [4],
    `<p>Customer service (617) 555-0142 · Deaf and hard of hearing (617) 555-0143(TTY)</p>`,
    { phones: ['+16175550142', '+16175550143'] }),
  page('GB', 'double-plus', [4],
    `<p>From abroad: ++44 20 7946 0311 (Mon–Fri)</p>`,
    { phones: ['+442079460311'] }),
  page('BR', 'bracketed-country-and-area', [4],
    `<h2>Fale conosco</h2><p>Telefone: (+55)(15) 3702-7523<br>CNPJ 12.345.678/0001-95</p>`,
    { phones: ['+551537027523'] }),
  page('US', 'date-after-number', [4],
    `<table><tr><th>Contact</th><th>Phone</th><th>Updated</th></tr>
     <tr><td>J. Ortiz</td><td>(914) 555-0100 04/21/2020</td><td></td></tr></table>`,
    { phones: ['+19145550100'] }),
  page('US', 'time-element-after-number', [4],
    `<ul class="feed"><li>Dispatch line +1 312 555 0177 <time>09:32</time></li><li>Night line (312) 555-0178 <em>(2 April 2002)</em></li></ul>`,
    { phones: ['+13125550177', '+13125550178'] }),
  // ---------------------------------------------------------------- vanity numbers (class 5)
  page('US', 'vanity-florist', [5],
    `<h1>Order flowers today</h1><p>Call 1-800-FLOWERS or visit one of our 2,100 shops.</p>`,
    { phones: ['+18003569377'] }),
  page('US', 'vanity-dealer-footer', [5],
    `<footer><p>Metro Auto Group · 1-888-NEW-CARS · Sales (713) 555-0191</p></footer>`,
    { phones: ['+18886392277', '+17135550191'] }),
  page('US', 'vanity-local-pizza', [5],
    `<div class="hero"><h2>Hot in 30 minutes</h2><p>Order now: (503) 55-PIZZA</p></div>`,
    { phones: ['+15035574992'] }),
  page('CA', 'vanity-tax-help', [5],
    `<p>Questions about your return? 1-866-MY-TAXES (toll free), or (416) 555-0199.</p>`,
    { phones: ['+18666982937', '+14165550199'] }),
  // ---------------------------------------------------------------- too loose (class 7)
  page('DE', 'nav-kontakt-over-customer-number', [7],
    `<nav><ul><li><a href="/">Start</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav>
     <p>0302850973</p><p>Ihre Vorgangsübersicht, Stand 2024</p>`,
    {}, { category: 'reference', note: 'A bare digit run under a navigation link is no phone line.' }),
  page('US', 'nav-contact-over-id', [7],
    `<div class="menu"><a href="/">Home</a> <a href="/contact">Contact</a></div>
     <div>4752282026</div><p>Order status: shipped</p>`,
    {}, { category: 'reference' }),
  page('US', 'po-and-sn-ids', [7],
    `<h2>Warranty claim</h2><p>PO 4752282026<br>SN 1152 2873 9103<br>Support: (206) 555-0133</p>`,
    { phones: ['+12065550133'] }),
  page('US', 'sentence-end-then-digits', [7],
    `<p>For water outages call Public Works (206) 555-9675). 311 handles everything else, 24/7.</p>`,
    { phones: ['+12065559675'] }),
  page('US', 'visibility-hidden', [7],
    `<p>Main line (212) 555-0174</p><p style="visibility:hidden">Old line (212) 555-0175</p>`,
    { phones: ['+12125550174'] }),
];
