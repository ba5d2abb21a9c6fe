/**
 * Held-out set 3: whole-page snippets (contact and imprint pages, staff directories, letterheads,
 * footers, store locators, CJK shop pages, pages mixing countries) written without looking at the
 * matcher, its tests or the rest of the corpus. Every expected E.164 was computed and checked as
 * valid with libphonenumber-js/max; the choice of what a person would call was made by hand.
 */
import type { Category, DetectionCase } from './types';

/** `<html lang>` for countries LANG_FOR_COUNTRY does not list. */
const LANG: Record<string, string> = { CN: 'zh-CN' };

function ho(
  category: Category,
  country: string,
  id: string,
  html: string,
  expected: string[],
  note: string,
  extra: Partial<Pick<DetectionCase, 'lang' | 'head'>> = {},
): DetectionCase {
  const lang = extra.lang ?? LANG[country];
  return {
    id: `ho3-${category}-${country.toLowerCase()}-${id}`,
    category,
    country,
    html,
    ...(lang ? { lang } : {}),
    ...extra,
    expected,
    note,
  };
}

export const heldOut3Cases: DetectionCase[] = [
  // ================================================================== United States
  ho('structure', 'US', 'dental-contact-page',
    '<header><nav><a href="/">Home</a> <a href="/services">Services</a> <a href="/contact">Contact</a></nav></header>' +
    '<main><h1>Contact Harbor Dental Group</h1>' +
    '<p>We\'re happy to answer your questions. Call our front desk at <strong>(503) 555-0148</strong> or text us at 503-555-0177.</p>' +
    '<h2>Hours</h2><ul><li>Mon–Thu 8:00 am – 5:30 pm</li><li>Fri 8:00 am – 1:00 pm</li></ul>' +
    '<h2>Address</h2><address>1420 NW Lovejoy St, Suite 210<br>Portland, OR 97209</address>' +
    '<p>After-hours dental emergencies: 503.555.0190</p></main>' +
    '<footer>© 2024 Harbor Dental Group, LLC · NPI 1234567893</footer>',
    ['+15035550148', '+15035550177', '+15035550190'],
    'Contact page: three US formats (parens, dashes, dots); the 10-digit NPI in the footer, hours, ZIP and the year are not numbers.'),

  ho('fax', 'US', 'faculty-directory-table',
    '<h1>Department of Chemistry — Faculty &amp; Staff</h1>' +
    '<table class="directory"><thead><tr><th>Name</th><th>Title</th><th>Room</th><th>Phone</th><th>Fax</th><th>Email</th></tr></thead><tbody>' +
    '<tr><td>Alvarez, Maria</td><td>Professor &amp; Chair</td><td>SCI 214</td><td>(617) 555-0132</td><td>(617) 555-0199</td><td>malvarez@example.edu</td></tr>' +
    '<tr><td>Chen, David</td><td>Associate Professor</td><td>SCI 220</td><td>(617) 555-0134</td><td>(617) 555-0199</td><td>dchen@example.edu</td></tr>' +
    '<tr><td>Okafor, Grace</td><td>Department Administrator</td><td>SCI 201</td><td>(617) 555-0101</td><td>(617) 555-0198</td><td>gokafor@example.edu</td></tr>' +
    '</tbody></table>',
    ['+16175550132', '+16175550134', '+16175550101'],
    'Staff directory table with a Phone column and a Fax column: only the Phone column is callable; table cells are adjacent in text.'),

  ho('fax', 'US', 'law-firm-footer-fax-after',
    '<footer class="firm"><p><b>Whitaker &amp; Lowe LLP</b><br>200 Park Avenue, 11th Floor<br>New York, NY 10166</p>' +
    '<p>(212) 555-0187 main &nbsp;·&nbsp; (212) 555-0188 fax</p>' +
    '<p>Attorney Advertising. Prior results do not guarantee a similar outcome.</p></footer>',
    ['+12125550187'],
    'Label after the number: "(212) 555-0188 fax" is a fax, "main" marks the phone.'),

  ho('fax', 'US', 'clinic-bracket-fax-and-f',
    '<section class="clinic-contacts"><h2>Westside Family Clinic</h2><ul>' +
    '<li>Front office: 713-555-0172</li>' +
    '<li>713-555-0173 [fax]</li>' +
    '<li>Billing 713-555-0175 (F)</li>' +
    '<li>Medical records 713-555-0176 (P)</li></ul>' +
    '<p>Suite 400 · 6400 Fannin St · Houston, TX 77030</p></section>',
    ['+17135550172', '+17135550176'],
    '"[fax]" and "(F)" after a number mark faxes; "(P)" marks a phone.'),

  ho('prose', 'US', 'vanity-flowers',
    '<section class="promo"><h2>Mother\'s Day is Sunday, May 12</h2>' +
    '<p>Order online or call <strong>1-800-FLOWERS</strong> — same-day delivery on orders placed by 2 pm in the recipient\'s time zone.</p>' +
    '<p class="small">Offer ends 5/12/2024 at 11:59 pm ET. Code MOM24.</p></section>',
    ['+18003569377'],
    'Vanity number: the keypad digits of 1-800-FLOWERS; the date and time in the fine print are not numbers.'),

  ho('prose', 'US', 'vanity-dealer-banner',
    '<div class="dealer-banner"><p>Spring Sales Event — 0% APR for 60 months on select 2024 models*</p>' +
    '<p>Call <b>1-888-NEW-CARS</b> today or stop by 4100 Route 1, Edison, NJ 08817.</p>' +
    '<p class="disclaimer">*With approved credit. Stock #A24117. MSRP $31,490.</p></div>',
    ['+18886392277'],
    'Vanity number with a hyphen inside the letters (NEW-CARS = 639-2277); stock number and price are not numbers.'),

  ho('prose', 'US', 'tty-no-space',
    '<div class="accessibility"><h3>Accessibility Services</h3>' +
    '<p>Voice: 206-555-0141<br>206-555-0142(TTY)<br>Relay users may dial 711.</p>' +
    '<p>Requests for accommodation should be made at least 5 business days in advance.</p></div>',
    ['+12065550141', '+12065550142'],
    'A TTY line glued to "(TTY)" is still a number to call; 711 relay is a short code, not expected.'),

  ho('prose', 'US', 'sms-log-time-after',
    '<ol class="messages">' +
    '<li class="in"><span class="body">hey, can you call the plumber?</span><time datetime="2024-03-14T09:30">09:30</time></li>' +
    '<li class="out"><span class="body">what\'s the number</span><time datetime="2024-03-14T09:31">09:31</time></li>' +
    '<li class="in"><span class="body">773-555-0190</span><time datetime="2024-03-14T09:32">09:32</time></li></ol>',
    ['+17735550190'],
    'Message log: the number is followed directly by a <time>09:32</time> element, no space between them.'),

  ho('prose', 'US', 'reference-em-date-after',
    '<h2>References</h2><ol class="references">' +
    '<li>Hartley, J. <i>Radio on the Bay</i>. Miami: Coral Press, 2004, p. 112.</li>' +
    '<li>Station request line, (305) 555-0119<em>(2 April 2002)</em>, quoted in the <i>Herald</i> archive.</li>' +
    '<li>"Tower permit 1002-AX", FCC filing, 1998.</li></ol>',
    ['+13055550119'],
    'A number glued to <em>(2 April 2002)</em>: the date digits must not join the number.'),

  ho('structure', 'US', 'store-locator-results',
    '<h1>Stores near 60614</h1><ol class="results">' +
    '<li><h3>Lincoln Park</h3><p>2550 N Clark St, Chicago, IL 60614</p><p>0.4 mi · Open until 9 PM</p><p><a href="/stores/1123">Store #1123</a> · <span class="phone">(773) 555-0111</span></p></li>' +
    '<li><h3>Wicker Park</h3><p>1520 N Milwaukee Ave, Chicago, IL 60622</p><p>1.9 mi · Open until 10 PM</p><p><a href="/stores/1187">Store #1187</a> · <span class="phone">(773) 555-0124</span></p></li>' +
    '<li><h3>Evanston</h3><p>1700 Sherman Ave, Evanston, IL 60201</p><p>6.2 mi · Open until 9 PM</p><p><a href="/stores/2045">Store #2045</a> · <span class="phone">(847) 555-0163</span></p></li></ol>',
    ['+17735550111', '+17735550124', '+18475550163'],
    'Store locator list: one phone per store; ZIP codes, distances, store numbers and hours are not numbers.'),

  ho('structure', 'US', 'offices-country-labels',
    '<section class="offices"><h2>Talk to a specialist</h2><ul>' +
    '<li>US: (212) 555-0187</li>' +
    '<li>UK: 0161 496 0123</li>' +
    '<li>Deutschland: 030 1234567</li>' +
    '<li>NL 020-123 4567</li>' +
    '<li>France : 01 23 45 67 89</li></ul>' +
    '<p>Lines are open Monday to Friday, 9:00–17:00 local time.</p></section>',
    ['+12125550187', '+441614960123', '+49301234567', '+31201234567', '+33123456789'],
    'US page listing offices: a country name or code next to a national-format number says which country it belongs to.'),

  ho('structure', 'US', 'hidden-duplicate-line',
    '<div class="contact-card"><h3>Customer Care</h3><p>Call <strong>(415) 555-0123</strong>, 7 days a week.</p>' +
    '<p style="visibility:hidden">Old line (retired): (415) 555-0100</p>' +
    '<p>Ticket numbers look like CX-20240314-0091.</p></div>',
    ['+14155550123'],
    'Only the visible number counts: the paragraph under visibility:hidden must not be found.'),

  ho('structure', 'US', 'order-page-with-support-line',
    '<h1>Order confirmed</h1><p>Order #112-4587123-6654312 · Placed March 3, 2024</p>' +
    '<table class="items"><tr><th>Item</th><th>Qty</th><th>Price</th></tr>' +
    '<tr><td>Electric kettle 1.7 L</td><td>1</td><td>$39.99</td></tr>' +
    '<tr><td>Descaler, 3-pack</td><td>2</td><td>$12.50</td></tr></table>' +
    '<p>Questions about your order? Call 1-800-555-0199 and have your order number ready.</p>',
    ['+18005550199'],
    'Order confirmation with a toll-free support line; the order number, prices and date are not numbers.'),

  ho('reference', 'US', 'purchase-order-and-serial',
    '<h2>Warranty registration</h2><dl>' +
    '<dt>Model</dt><dd>HX-2200 Pro</dd>' +
    '<dt>Serial</dt><dd>SN 1152 2873 9103</dd>' +
    '<dt>Purchase order</dt><dd>PO 4752282026</dd>' +
    '<dt>Invoice</dt><dd>INV-2024-031587</dd>' +
    '<dt>Tracking</dt><dd>1Z 999 AA1 01 2345 6784</dd>' +
    '<dt>Purchased</dt><dd>03/14/2024</dd></dl>',
    [],
    'Reference numbers only: a PO and serial of phone length, invoice and tracking numbers.'),

  ho('time', 'US', 'opening-hours-table',
    '<h2>Hours</h2><table class="hours">' +
    '<tr><th>Mon–Fri</th><td>0700–1900</td></tr>' +
    '<tr><th>Saturday</th><td>0800–1600</td></tr>' +
    '<tr><th>Sunday</th><td>1000–1400</td></tr>' +
    '<tr><th>Holidays</th><td>10:00 am – 2:00 pm</td></tr></table>' +
    '<p>Pharmacy closes 30 min before the store.</p>',
    [],
    'Opening hours in 24-hour digit runs and am/pm form, in adjacent table cells.'),

  ho('amount', 'US', 'pricing-tiers',
    '<div class="pricing"><div class="tier"><h3>Starter</h3><p>$19/mo</p><p>billed $228 yearly</p></div>' +
    '<div class="tier"><h3>Team</h3><p>$1,299.00/yr</p><p>up to 25 seats</p></div>' +
    '<div class="tier"><h3>Enterprise</h3><p>from $12,450,000 in managed volume</p><p>Contact sales</p></div></div>',
    [],
    'Prices and amounts, some long, next to each other in pricing cards.'),

  ho('ignored-element', 'US', 'visibility-hidden-block',
    '<div class="contact"><p>Questions? Visit our <a href="/help">help center</a> or use the chat button.</p>' +
    '<span style="visibility:hidden">Call (202) 555-0100</span>' +
    '<div style="visibility:hidden"><p>Legacy support line: 202-555-0111</p></div></div>',
    [],
    'Numbers only in text under visibility:hidden: nothing visible to call.'),

  ho('url-identifier', 'US', 'nav-contact-links',
    '<nav class="top"><a href="/">Home</a> | <a href="/contact?ref=2025550100&amp;src=nav">Contact</a> | ' +
    '<a href="https://www.example.com/u/4155550123/contact">Contact us</a> | <a href="tel:+12025550143">Contact</a></nav>' +
    '<main><h1>Get in touch</h1><p>Fill in the form and we\'ll get back to you within 2 business days.</p></main>',
    [],
    'Nav links labelled "Contact" whose hrefs hold phone-like digits: the visible text has no number.'),

  ho('date', 'US', 'event-schedule-dates',
    '<h2>Upcoming sessions</h2><ul>' +
    '<li>2024-03-14 — Intro workshop</li>' +
    '<li>03/21/2024 – 03/22/2024 — Two-day intensive</li>' +
    '<li>April 2, 2024 · 6:30 pm</li>' +
    '<li>20240415 (registration closes)</li></ul>',
    [],
    'Dates in ISO, US slash, written and compact digit forms.'),

  // ================================================================== United Kingdom
  ho('fax', 'GB', 'solicitors-letterhead-T-F',
    '<div class="letterhead"><p class="firm">Ashworth Reid Solicitors</p>' +
    '<p>14 Queen Square, Bristol BS1 4NT</p>' +
    '<p>T 0117 496 0123 &nbsp; F 0117 496 0124 &nbsp; DX 7813 Bristol</p>' +
    '<p>E enquiries@example.co.uk &nbsp; W www.example.co.uk</p>' +
    '<p class="reg">Authorised and regulated by the Solicitors Regulation Authority, SRA No. 612345.</p></div>',
    ['+441174960123'],
    'Letterhead with one-letter labels T and F: F marks the fax; DX and SRA numbers are not numbers.'),

  ho('fax', 'GB', 'email-signature-lowercase',
    '<div class="signature">Sarah Pemberton | Office Manager<br>Northfield Surveyors Ltd<br>' +
    't: 0113 496 0567 | f: 0113 496 0568 | m: 07911 123456<br>' +
    'Registered in England &amp; Wales No. 04567891 · VAT Reg. GB 123 4567 89</div>',
    ['+441134960567', '+447911123456'],
    'Lower-case t:/f:/m: signature: phone and mobile are found, the f: fax is not; company and VAT numbers are not.'),

  ho('idd-prefix', 'GB', 'box-office-double-plus',
    '<section class="box-office"><h2>Box office</h2>' +
    '<p>Visiting from abroad? Ring us on ++44 20 7946 0321 (Mon–Sat, 10:00–18:00 GMT).</p>' +
    '<p>Groups of 10+ save 15%. Booking fee £2.50 per ticket.</p></section>',
    ['+442079460321'],
    '"++44" written for the international prefix.'),

  ho('trunk-zero', 'GB', 'company-footer',
    '<footer><div class="cols"><div><h4>Head office</h4><p>Piccadilly Works, 12 Dale St<br>Manchester M1 1JW</p>' +
    '<p>+44 (0)161 496 0789</p></div>' +
    '<div><h4>Company</h4><p>Registered in England No. 08812345<br>VAT GB 998 7654 32</p></div></div>' +
    '<p class="legal">© 2024 Dale Street Analytics Ltd.</p></footer>',
    ['+441614960789'],
    'International number with (0) trunk digit in a footer column next to company and VAT numbers.'),

  ho('fax', 'GB', 'council-facsimile-table',
    '<h2>Planning Department</h2><table class="contact">' +
    '<tr><th>Telephone</th><td>0131 496 0345</td></tr>' +
    '<tr><th>Facsimile</th><td>0131 496 0346</td></tr>' +
    '<tr><th>Out of hours</th><td>07400 123456</td></tr>' +
    '<tr><th>Textphone</th><td>0131 496 0349</td></tr></table>',
    ['+441314960345', '+447400123456', '+441314960349'],
    '"Facsimile" row label marks a fax; textphone and out-of-hours lines are callable.'),

  ho('bank', 'GB', 'payment-details',
    '<h3>Pay by bank transfer</h3><p>Account name: Riverside Allotment Society<br>' +
    'Sort code: 20-45-77<br>Account number: 43218765<br>IBAN: GB33 BUKB 2020 1555 5555 55<br>' +
    'Reference: your plot number, e.g. PLOT-0417</p><p>Annual fee: £45.00</p>',
    [],
    'Bank details: sort code, account number and IBAN.'),

  ho('split-inline', 'GB', 'wbr-in-number',
    '<div class="help-bar"><p>Need help with your booking? Freephone <span class="tel">0800<wbr>123<wbr>4567</span> or from abroad <span class="tel">+44<wbr>20<wbr>7946<wbr>0321</span>.</p></div>',
    ['+448001234567', '+442079460321'],
    '<wbr> between the digit groups, no visible spaces in the text content.'),

  ho('lang-hint', 'GB', 'german-section-on-english-page',
    '<main><h1>Our offices</h1><section><h2>London</h2><p>Tel 020 7946 0321</p></section>' +
    '<section lang="de-DE"><h2>München</h2><p>Unser Büro in der Maxvorstadt erreichen Sie unter Telefon 089 2345678 (Mo–Fr 9–17 Uhr).</p></section></main>',
    ['+442079460321', '+49892345678'],
    'English (en-GB) page with a <section lang="de-DE">: the national number in that section is German.'),

  // ================================================================== Ireland
  ho('structure', 'IE', 'practice-contact',
    '<h1>Contact Grand Canal Physio</h1><address>Unit 4, Grand Canal Quay<br>Dublin 2<br>D02 X285</address>' +
    '<p>Tel: (01) 234 5678<br>Mobile: 087 123 4567</p>' +
    '<p>Mon–Fri 07:30–20:00 · Sat 09:00–13:00</p><p>CRO No. 612345 · VAT IE 1234567T</p>',
    ['+35312345678', '+353871234567'],
    'Irish contact page: Dublin (01) area code in brackets, mobile; Eircode, hours, CRO and VAT are not numbers.'),

  ho('structure', 'IE', 'cork-branch-freephone',
    '<div class="branch"><h3>Cork branch</h3><p>+353 21 234 5678</p><p>Freephone (ROI only): 1800 123 456</p>' +
    '<p>Opening hours 9.30–16.30, late opening Thursday until 17.00</p></div>',
    ['+353212345678', '+3531800123456'],
    'International Irish number and a 1800 freephone; dotted opening hours.'),

  ho('fax', 'IE', 'galway-ph-fax',
    '<p class="contact-line"><b>Galway Office</b> · Ph: 091 123 456 · Fax: 091 123 457 · <a href="mailto:galway@example.ie">galway@example.ie</a></p>',
    ['+35391123456'],
    'Short "Ph:"/"Fax:" labels on one line.'),

  // ================================================================== Australia
  ho('structure', 'AU', 'store-locator-abn',
    '<h1>Find a store</h1><ul class="stores">' +
    '<li><b>Sydney CBD</b> — 123 George St, Sydney NSW 2000 — (02) 5550 1234</li>' +
    '<li><b>Melbourne</b> — 45 Collins St, Melbourne VIC 3000 — (03) 9876 5432</li>' +
    '<li><b>Brisbane</b> — 88 Queen St, Brisbane QLD 4000 — (07) 3123 4567</li></ul>' +
    '<p>National enquiries 1300 655 506</p><p class="legal">Acme Outdoor Pty Ltd ABN 51 824 753 556</p>',
    ['+61255501234', '+61398765432', '+61731234567', '+611300655506'],
    'Australian store list with area codes in brackets and a 1300 number; postcodes and ABN are not numbers.'),

  ho('prose', 'AU', 'tradie-mobile',
    '<section class="hero"><h1>Dave\'s Plumbing &amp; Gas</h1><p>Licence No. L12345 · Servicing the Northern Beaches since 1998</p>' +
    '<p>Call or SMS Dave on 0491 570 156 — no call-out fee before 5pm!</p></section>',
    ['+61491570156'],
    'Mobile number in a sentence next to a licence number and year.'),

  ho('fax', 'AU', 'perth-p-f',
    '<div class="footer-contact"><p>Level 3, 200 St Georges Tce, Perth WA 6000</p><p>P (08) 9123 4567 &nbsp; F (08) 9123 4568</p><p>PO Box 7721, Cloisters Square WA 6850</p></div>',
    ['+61891234567'],
    'P/F one-letter labels; PO box and postcodes are not numbers.'),

  ho('prose', 'AU', 'short-13-number',
    '<p class="cta">Bookings and enquiries: call 13 22 11 or visit any branch. Lines open 8am–8pm AEST.</p>',
    ['+61132211'],
    'Australian six-digit 13 number.'),

  // ================================================================== India
  ho('structure', 'IN', 'corporate-contact',
    '<h1>Contact Us</h1><div class="office"><h3>Registered Office</h3><p>5th Floor, Nariman Bhavan, Nariman Point<br>Mumbai 400021, Maharashtra</p>' +
    '<p>Tel: +91 22 2345 6789<br>Toll-free: 1800 123 4567</p>' +
    '<p>CIN: U72200MH2009PTC123456 · GSTIN: 27AAPFU0939F1ZV</p></div>',
    ['+912223456789', '+9118001234567'],
    'Indian office with a landline and a toll-free number; PIN code, CIN and GSTIN are not numbers.'),

  ho('prose', 'IN', 'classified-mobile-date',
    '<div class="ad"><h3>2BHK flat for rent, Koramangala</h3><p>Rent ₹32,000/month, deposit ₹1,50,000. Available from 01-04-2024.</p>' +
    '<p>Contact owner: +91 98200 12345 / 98200 12346 (no brokers)</p><p>Posted 12-03-2024</p></div>',
    ['+919820012345', '+919820012346'],
    'Two mobiles separated by a slash, the second without +91; Indian lakh amounts and dates are not numbers.'),

  ho('fax', 'IN', 'delhi-office-fax',
    '<table class="offices"><tr><th>City</th><th>Phone</th><th>Fax</th></tr>' +
    '<tr><td>New Delhi</td><td>011-2345 6789</td><td>011-2345 6790</td></tr>' +
    '<tr><td>Bengaluru</td><td>080-2345 6789</td><td>080-2345 6790</td></tr>' +
    '<tr><td>Chennai</td><td>044-2345 6789</td><td>044-2345 6790</td></tr></table>',
    ['+911123456789', '+918023456789', '+914423456789'],
    'Office table with Phone and Fax columns, cells adjacent in text.'),

  // ================================================================== Germany
  ho('fax', 'DE', 'impressum-telefax',
    '<h1>Impressum</h1><p>Angaben gemäß § 5 TMG</p><p>Brunnhuber Haustechnik GmbH<br>Leopoldstraße 112<br>80802 München</p>' +
    '<p>Telefon: +49 (0)89 1234567<br>Telefax: +49 (0)89 1234568<br>E-Mail: info@example.de</p>' +
    '<p>Registergericht: Amtsgericht München<br>Registernummer: HRB 234567</p>' +
    '<p>Umsatzsteuer-Identifikationsnummer gemäß § 27 a UStG: DE 812345678</p><p>Geschäftsführer: Thomas Brunnhuber</p>',
    ['+49891234567'],
    'German imprint: Telefon found, Telefax not; HRB and USt-IdNr. are not numbers.'),

  ho('idd-prefix', 'DE', 'hotel-0049',
    '<section class="hotel-contact"><h2>Hotel Isartor</h2><p>Zweibrückenstraße 7, 80331 München</p>' +
    '<p>Reservierung / Reservations: 0049 (0)89 2345678</p><p>Check-in ab 15:00, Check-out bis 11:00</p></section>',
    ['+49892345678'],
    '00 international prefix with a (0) trunk digit: 0049 (0)89 …'),

  ho('structure', 'DE', 'direct-dial-list',
    '<div class="kontakt"><h2>So erreichen Sie uns</h2><ul>' +
    '<li>Zentrale: 030 12345-0</li><li>Vertrieb: 030 12345-22</li><li>Telefax: 030 12345-99</li></ul>' +
    '<p>Sprechzeiten: Mo–Do 8:00–16:30, Fr 8:00–14:00</p></div>',
    ['+4930123450', '+49301234522'],
    'German direct-dial suffixes -0 and -22 are part of the number; the Telefax line is not found.'),

  ho('fax', 'DE', 'label-glued-to-number',
    '<footer class="site-footer"><p>Schwabenland Druck GmbH · Heilbronner Str. 150 · 70191 Stuttgart</p>' +
    '<p>Tel.: 0711 2233-3900Fax: 0711 2233-3999E-Mail: service@example.de</p></footer>',
    ['+4971122333900'],
    'Broken markup: "Fax:" glued to the end of the phone number (…-3900Fax:); the phone is found, the fax is not.'),

  ho('fax', 'DE', 'fax-heading-over-list',
    '<div class="row"><div class="col"><h4>Telefon</h4><p>Zentrale: 040 2345678<br>Service: 040 2345670</p></div>' +
    '<div class="col"><h4>Fax:</h4><p>Einkauf: 040 2345671<br>Buchhaltung: 040 2345672<br>Personal: 040 2345673</p></div></div>',
    ['+49402345678', '+49402345670'],
    'A "Fax:" heading over a column of several numbers: none of them is found; the Telefon column is.'),

  ho('structure', 'DE', 'course-table-date-after',
    '<h2>Kurse im Frühjahr</h2><table class="kurse"><tr><th>Kurs</th><th>Anmeldung</th><th>Beginn</th><th>Gebühr</th></tr>' +
    '<tr><td>Yoga für Einsteiger</td><td>0221 9876543</td><td>15.05.2024</td><td>89,00 €</td></tr>' +
    '<tr><td>Rückenfit</td><td>0221 9876544</td><td>22.05.2024</td><td>74,50 €</td></tr></table>',
    ['+492219876543', '+492219876544'],
    'Table: a number in one cell and a date in the next, adjacent in text content (…987654315.05.2024).'),

  ho('date', 'DE', 'termine',
    '<h2>Termine 2024</h2><ul><li>14.03.2024 Jahreshauptversammlung</li><li>2024-04-20 Frühjahrsputz</li>' +
    '<li>14.06.–16.06.2024 Sommerfest</li><li>Zeitraum 01.01.2024 - 31.12.2024</li></ul>',
    [],
    'German dates in several forms, including ranges.'),

  ho('bank', 'DE', 'spendenkonto',
    '<div class="spenden"><h3>Spendenkonto</h3><p>Förderverein Grundschule Lindenhof e.V.<br>' +
    'IBAN: DE89 3704 0044 0532 0130 00<br>BIC: COBADEFFXXX<br>Kontonummer 0532013000 · BLZ 370 400 44</p>' +
    '<p>Steuernummer 143/123/45678</p></div>',
    [],
    'Donation account: IBAN, account number, bank code and tax number.'),

  ho('national', 'DE', 'praxis-mobile-and-landline',
    '<div class="praxis"><h2>Praxis Dr. med. Lena Vogt</h2><p>Fachärztin für Allgemeinmedizin</p>' +
    '<p>Telefon 0621 1234567 · Notfall-Handy 0151 23456789</p><p>Termine nach Vereinbarung · Privat und alle Kassen</p></div>',
    ['+496211234567', '+4915123456789'],
    'Doctor\'s page with landline and German mobile in national format.'),

  // ================================================================== Netherlands
  ho('structure', 'NL', 'contact-kvk-btw',
    '<h1>Contact</h1><p>Bakkerij De Korenschoof<br>Prinsengracht 263<br>1016 GV Amsterdam</p>' +
    '<p>Telefoon: 020 - 123 45 67<br>WhatsApp: 06 12345678</p>' +
    '<p>KvK 12345678 · BTW NL123456789B01 · IBAN NL91 ABNA 0417 1643 00</p>',
    ['+31201234567', '+31612345678'],
    'Dutch contact page: spaced hyphen in the landline; KvK, BTW, IBAN and postcode are not numbers.'),

  ho('fax', 'NL', 'letterhead-T-F',
    '<div class="briefhoofd"><p>Van Dijk &amp; Partners Advocaten</p><p>Coolsingel 42 · 3011 AD Rotterdam</p>' +
    '<p>T 010 234 5678 · F 010 234 5679 · E info@example.nl</p></div>',
    ['+31102345678'],
    'Dutch letterhead with T and F labels.'),

  ho('structure', 'NL', 'customer-service-0800',
    '<section class="klantenservice"><h2>Klantenservice</h2><p>Bel gratis 0800-0123 (ma t/m vr 08:00 - 20:00)</p>' +
    '<p>Zakelijk: 088 123 4567</p><p>Uw klantnummer staat op uw factuur (bijv. 7001234567).</p></section>',
    ['+318000123', '+31881234567'],
    'Short Dutch 0800 number and an 088 number; customer number example is not a number.'),

  // ================================================================== France
  ho('fax', 'FR', 'mentions-legales',
    '<h1>Mentions légales</h1><p>Éditeur : Atelier Marchand SARL, au capital de 10 000 €<br>' +
    '12 rue de la Paix, 75002 Paris<br>Tél. : 01 42 68 53 00 – Fax : 01 42 68 53 01</p>' +
    '<p>RCS Paris B 123 456 789 · SIRET 123 456 789 00012 · TVA FR 40 123456789</p>' +
    '<p>Directeur de la publication : Claire Marchand</p>',
    ['+33142685300'],
    'French legal notice: Tél. found, Fax not; SIRET, RCS and TVA are not numbers.'),

  ho('fax', 'FR', 'agencies-F-suffix',
    '<h2>Nos agences</h2><ul>' +
    '<li><b>Lyon</b> · 04 72 10 30 30 · 04 72 10 30 31 (F)</li>' +
    '<li><b>Bordeaux</b> · 05 56 12 34 56 · 05 56 12 34 57 (F)</li>' +
    '<li><b>Strasbourg</b> · 03 88 12 34 56</li></ul>',
    ['+33472103030', '+33556123456', '+33388123456'],
    '"(F)" after the second number of each agency marks a fax.'),

  ho('prose', 'FR', 'free-number-and-voip',
    '<div class="aide"><h2>Besoin d\'aide ?</h2><p>Appelez le 0 800 123 456 (service &amp; appel gratuits), du lundi au samedi de 8 h à 20 h.</p>' +
    '<p>Depuis votre box : 09 87 65 43 21. Pensez à vous munir de votre numéro client (ex. : 0012345678).</p></div>',
    ['+33800123456', '+33987654321'],
    'French free number in 1-3-3 grouping and a 09 number; the customer number example is not a number.'),

  // ================================================================== Japan
  ho('structure', 'JP', 'salon-glued-cjk',
    '<div class="reserve"><h2>ご予約・お問い合わせ</h2><p>お電話は03-1234-5678まで（受付時間 10:00～19:00、火曜定休）</p>' +
    '<p>〒150-0001 東京都渋谷区神宮前1-2-3 青山ビル2F</p></div>',
    ['+81312345678'],
    'Japanese text glued to the number with no spaces; postcode, address block numbers and hours are not numbers.'),

  ho('fax', 'JP', 'company-tel-fax',
    '<table class="company"><tr><th>会社名</th><td>株式会社なにわ精工</td></tr>' +
    '<tr><th>所在地</th><td>〒530-0001 大阪府大阪市北区梅田2-4-9</td></tr>' +
    '<tr><th>連絡先</th><td>TEL:06-6123-4567 FAX:06-6123-4568</td></tr>' +
    '<tr><th>設立</th><td>1985年4月</td></tr><tr><th>資本金</th><td>3,000万円</td></tr></table>',
    ['+81661234567'],
    'Japanese company profile table: TEL found, FAX not; capital and founding date are not numbers.'),

  ho('structure', 'JP', 'store-list-table',
    '<h2>店舗一覧</h2><table class="shops"><tr><th>店舗名</th><th>電話番号</th><th>営業時間</th></tr>' +
    '<tr><td>名古屋栄店</td><td>052-123-4567</td><td>10:00～20:00</td></tr>' +
    '<tr><td>札幌大通店</td><td>011-234-5678</td><td>11:00～21:00</td></tr>' +
    '<tr><td>福岡天神店</td><td>092-123-4567</td><td>10:00～20:00</td></tr></table>',
    ['+81521234567', '+81112345678', '+81921234567'],
    'Shop list table: each number is followed by hours in the next cell with no space.'),

  ho('prose', 'JP', 'free-dial-navi-dial',
    '<div class="support"><p>商品に関するお問い合わせはフリーダイヤル0120-123-456（通話料無料）へ。</p>' +
    '<p>携帯電話・PHSからは0570-012-345におかけください。</p><p>受付：平日9:00～17:00（土日祝・年末年始を除く）</p></div>',
    ['+81120123456', '+81570012345'],
    'Japanese free dial and navi dial glued to the surrounding text.'),

  ho('full-width', 'JP', 'full-width-tel',
    '<div class="shop-footer"><p>カフェ・ド・ミモザ</p><p>ＴＥＬ：０３－１２３４－５６７８</p><p>営業時間：８：００～２２：００</p></div>',
    ['+81312345678'],
    'Full-width digits and dashes; full-width opening hours are not a number.'),

  ho('prose', 'JP', 'mobile-in-sentence',
    '<p>担当の佐藤までご連絡ください。携帯090-1234-5678（平日のみ）、または横浜事務所045-123-4567までお願いします。</p>',
    ['+819012345678', '+81451234567'],
    'Two numbers glued to Japanese words in one sentence.'),

  ho('reference', 'JP', 'order-confirmation',
    '<h2>ご注文ありがとうございます</h2><p>ご注文番号：2024031512345678</p><p>お届け予定日：2024年3月18日</p>' +
    '<p>お問い合わせ番号：1234-5678-9012</p><p>合計金額：¥12,800（税込）</p>',
    [],
    'Japanese order page: order number, tracking number, date and price only.'),

  // ================================================================== China
  ho('fax', 'CN', 'company-contact',
    '<div class="lianxi"><h3>联系我们</h3><p>北京华信科技有限公司</p><p>地址：北京市朝阳区建国路88号</p>' +
    '<p>电话：010-12345678 传真：010-12345679</p><p>邮编：100020</p></div>',
    ['+861012345678'],
    'Chinese contact block: 电话 found, 传真 (fax) not; postcode not.'),

  ho('prose', 'CN', 'glued-hotline-and-mobile',
    '<div class="kefu"><p>如有疑问请致电400-810-1234咨询，工作时间9:00-18:00。</p><p>销售经理王先生：手机13812345678（微信同号）</p></div>',
    ['+864008101234', '+8613812345678'],
    'Chinese text glued to a 400 hotline and a mobile number.'),

  ho('structure', 'CN', 'store-table',
    '<h2>门店信息</h2><table><tr><th>门店</th><th>地址</th><th>电话</th></tr>' +
    '<tr><td>上海静安店</td><td>上海市静安区南京西路1266号</td><td>021-62345678</td></tr>' +
    '<tr><td>深圳南山店</td><td>深圳市南山区科技园路1号</td><td>0755-23456789</td></tr>' +
    '<tr><td>杭州西湖店</td><td>杭州市西湖区文三路90号</td><td>0571-87654321</td></tr></table>',
    ['+862162345678', '+8675523456789', '+8657187654321'],
    'Chinese store table: address house numbers sit right before the phone cell.'),

  ho('reference', 'CN', 'order-and-waybill',
    '<div class="dingdan"><p>订单号：202403151234567890</p><p>快递单号：SF1234567890123</p><p>下单时间：2024-03-15 14:22:05</p><p>实付款：¥1,299.00</p></div>',
    [],
    'Chinese order page: order and waybill numbers, timestamp and price.'),

  // ================================================================== Austria
  ho('fax', 'AT', 'impressum-firmenbuch',
    '<h1>Impressum</h1><p>Kaffeerösterei Wiener Bohne GmbH<br>Mariahilfer Straße 45, 1060 Wien</p>' +
    '<p>Tel.: +43 1 5123456<br>Fax: +43 1 5123456-99</p>' +
    '<p>Firmenbuch: FN 123456a, Handelsgericht Wien<br>UID: ATU12345678</p>',
    ['+4315123456'],
    'Austrian imprint: Tel found, Fax with direct-dial suffix not; FN and UID are not numbers.'),

  ho('national', 'AT', 'ordination',
    '<div class="ordination"><h2>Ordination Dr. Huber</h2><p>Linzer Gasse 12, 5020 Salzburg</p>' +
    '<p>Tel. 0662 123456 · Mobil 0664 1234567</p>' +
    '<p>Ordinationszeiten: Mo, Mi, Fr 08:00–12:00; Di 14:00–18:00</p></div>',
    ['+43662123456', '+436641234567'],
    'Austrian landline and mobile in national format; opening hours not.'),

  ho('structure', 'AT', 'two-country-offices',
    '<section class="standorte"><h2>Unsere Standorte</h2>' +
    '<p><b>Wien</b> (Zentrale): 01 234 56 78</p>' +
    '<p><b>Innsbruck</b>: 0512 123456</p>' +
    '<p><b>Deutschland:</b> 030 1234567</p></section>',
    ['+4312345678', '+43512123456', '+49301234567'],
    'Austrian page with a German office: "Deutschland:" makes the 030 number German.'),

  // ================================================================== Switzerland
  ho('structure', 'CH', 'kontakt-uid',
    '<h1>Kontakt</h1><p>Zürcher Velowerkstatt AG<br>Langstrasse 21<br>8004 Zürich</p>' +
    '<p>Tel. 044 123 45 67<br>Pannendienst 0800 123 456</p><p>UID CHE-123.456.789 MWST</p>',
    ['+41441234567', '+41800123456'],
    'Swiss contact page; UID number and postcode are not numbers.'),

  ho('trunk-zero', 'CH', 'bern-trunk-zero',
    '<div class="office"><h3>Bern</h3><p>Bundesgasse 16, 3011 Bern</p><p>T +41 (0)31 123 45 67</p><p>Öffnungszeiten: 8.00–12.00 / 13.30–17.00</p></div>',
    ['+41311234567'],
    'Swiss number with (0) trunk digit after a "T" label; dotted opening hours not.'),

  ho('fax', 'CH', 'basel-geneva-fax',
    '<table class="standorte"><tr><th>Standort</th><th>Telefon</th><th>Fax</th></tr>' +
    '<tr><td>Basel</td><td>061 123 45 67</td><td>061 123 45 68</td></tr>' +
    '<tr><td>Genève</td><td>022 123 45 67</td><td>022 123 45 68</td></tr></table>',
    ['+41611234567', '+41221234567'],
    'Swiss table with Telefon and Fax columns.'),

  ho('lang-hint', 'CH', 'romandie-section',
    '<main><p>Für Fragen: 031 123 45 67</p><section lang="fr-CH"><h2>Suisse romande</h2><p>Notre bureau de Lausanne : 021 123 45 67</p></section></main>',
    ['+41311234567', '+41211234567'],
    'Swiss German page with a fr-CH section: both numbers stay Swiss.'),

  // ================================================================== Belgium
  ho('fax', 'BE', 'contact-tva-iban',
    '<h1>Contact</h1><p>Brasserie du Sablon SRL<br>Rue de la Régence 10, 1000 Bruxelles</p>' +
    '<p>Tél. 02 511 23 45 – Fax 02 511 23 46<br>GSM 0470 12 34 56</p>' +
    '<p>TVA BE 0123.456.789 · IBAN BE68 5390 0754 7034</p>',
    ['+3225112345', '+32470123456'],
    'Belgian contact page: Tél. and GSM found, Fax not; enterprise number and IBAN not.'),

  ho('structure', 'BE', 'belgium-netherlands-offices',
    '<section class="vestigingen"><h2>Onze kantoren</h2><ul>' +
    '<li>België: 03 234 56 78 (Antwerpen)</li><li>Gent: 09 234 56 78</li><li>Nederland: 010 234 5678 (Rotterdam)</li></ul></section>',
    ['+3232345678', '+3292345678', '+31102345678'],
    'Belgian (Dutch-language) page with a Dutch office named "Nederland:".',
    { lang: 'nl-BE' }),

  ho('national-id', 'BE', 'company-ids',
    '<footer><p>Fondation Horta ASBL</p><p>N° d\'entreprise 0123.456.789 · RPM Bruxelles</p><p>Numéro national (exemple) 85.07.30-033.61</p><p>Compte : BE68 5390 0754 7034</p></footer>',
    [],
    'Belgian enterprise number, national register number and IBAN.'),

  ho('lang-hint', 'US', 'belgian-section-on-us-page',
    '<main><h1>Partner directory</h1><p>Our Seattle team: 206-555-0141</p>' +
    '<section lang="fr-BE"><h2>Bruxelles</h2><p>Pour la Belgique, appelez le 02 227 11 11.</p></section></main>',
    ['+12065550141', '+3222271111'],
    'US page with <section lang="fr-BE">: the national number in the section is Belgian.'),

  ho('lang-hint', 'US', 'japanese-div-on-us-page',
    '<div class="global"><p>Americas: (646) 555-0155</p><div lang="ja"><p>日本のお客様：03-1234-5678（平日9時～18時）</p></div></div>',
    ['+16465550155', '+81312345678'],
    'A <div lang="ja"> (language only) on a US page: its national number is Japanese.'),

  // ================================================================== Brazil
  ho('international', 'BR', 'plus-cc-in-parens',
    '<div class="rodape"><p>Sorocaba Têxtil Ltda. · CNPJ 12.345.678/0001-95</p><p>Fone: (+55)(15) 3702-7523</p><p>Rua XV de Novembro, 1000 · CEP 18010-081</p></div>',
    ['+551537027523'],
    'Brazilian footer: country code and area code each in parentheses, "(+55)(15) 3702-7523"; CNPJ and CEP not.'),

  // ================================================================== more negatives
  ho('statistic', 'US', 'annual-report-figures',
    '<table class="kpi"><tr><th>Metric</th><th>2023</th></tr><tr><td>Registered users</td><td>12,345,678</td></tr>' +
    '<tr><td>Page views</td><td>2025550143</td></tr><tr><td>Packets routed</td><td>8 004 471 234</td></tr></table>',
    [],
    'Statistics table: large counts, two of them phone-length digit runs.'),

  ho('postcode', 'GB', 'address-book',
    '<ul class="addresses"><li>10 Downing St, London SW1A 2AA</li><li>Rue du Faubourg 55, 75008 Paris</li>' +
    '<li>Damrak 1, 1012 LG Amsterdam</li><li>Königsallee 1, 40212 Düsseldorf</li><li>Chiyoda-ku, Tokyo 100-0001</li></ul>',
    [],
    'Postcodes from several countries in an address list.'),

  ho('version', 'US', 'release-notes',
    '<h2>Release notes</h2><ul><li>Version 10.2.4.1234 (build 20240315.1)</li><li>Firmware 3.14.159-2653</li><li>Requires driver 531.61 or later</li></ul>',
    [],
    'Version and build numbers.'),

  ho('isbn-ean', 'DE', 'book-product',
    '<div class="produkt"><h1>Das Gartenbuch</h1><p>ISBN 978-3-16-148410-0</p><p>EAN 4006381333931</p><p>Art.-Nr. 0891234567</p><p>24,90 €</p></div>',
    [],
    'Book page: ISBN, EAN and an article number shaped like a Munich number.'),

  ho('coordinates', 'DE', 'location-box',
    '<div class="lage"><p>Koordinaten: 52.520008, 13.404954</p><p>52° 31′ 12″ N, 13° 24′ 18″ E</p><p>Höhe 34 m ü. NN</p></div>',
    [],
    'Decimal and degree coordinates.'),

  ho('card', 'US', 'saved-cards',
    '<ul class="cards"><li>Visa ending •••• 4242 · exp 04/27</li><li>Test card 4111 1111 1111 1111</li><li>Amex 3782 822463 10005</li></ul>',
    [],
    'Payment card numbers.'),

  ho('ip', 'US', 'server-status',
    '<table class="status"><tr><td>web-01</td><td>192.168.100.201</td><td>up 203 days</td></tr><tr><td>db-02</td><td>10.205.155.101</td><td>up 12 days</td></tr></table>',
    [],
    'IP addresses with phone-like digit groups.'),

  ho('national-id', 'US', 'hr-form-ids',
    '<dl class="employee"><dt>SSN</dt><dd>078-05-1120</dd><dt>EIN</dt><dd>12-3456789</dd><dt>Employee ID</dt><dd>E-2025550143</dd></dl>',
    [],
    'US SSN, EIN and an employee id.'),
];
