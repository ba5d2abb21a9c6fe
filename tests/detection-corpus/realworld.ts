/**
 * Real-world snippets: written independently of the matcher's rules, modelled on what pages
 * actually contain (contact pages, footers, listings, shops, news, government, job ads, events,
 * real estate, spec tables, CVs, bank and insurance letters, travel, forum posts), in the formats
 * each country commonly uses. Many positives also hold look-alike numbers (company and tax ids,
 * order numbers, prices, dates, postcodes, fax lines) that must stay plain text.
 *
 * Decisions: short service numbers (911, 112, 311, 111, 116 117, 15, 000, 14 020 ...) are not
 * E.164-callable numbers and are never expected; numbers labelled fax are never expected.
 */
import type { Category, DetectionCase } from './types';

function rw(
  category: Category,
  country: string,
  slug: string,
  html: string,
  expected: string[] = [],
  extra: Partial<Pick<DetectionCase, 'lang' | 'head' | 'note'>> = {},
): DetectionCase {
  return { id: `rw-${category}-${country.toLowerCase()}-${slug}`, category, country, html, ...extra, expected };
}

const TEL_NO = '<meta name="format-detection" content="telephone=no">';
const TEL_YES = '<meta name="format-detection" content="telephone=yes">';

/* ----------------------------------------------------------------------------------------------
 * United States / Canada
 * -------------------------------------------------------------------------------------------- */
const us: DetectionCase[] = [
  rw('fax', 'US', 'plumber-footer', `<footer><p>Acme Plumbing &amp; Heating Co.<br>1450 Broadway, Suite 1200<br>New York, NY 10018</p>
<p>Phone: (212) 555-0147<br>Fax: (212) 555-0148</p><p>Mon–Fri 8:00 am – 6:00 pm · Sat 9:00 am – 1:00 pm</p>
<p>© 2024 Acme Plumbing &amp; Heating Co. · NYC Master Plumber License #2031457</p></footer>`, ['+12125550147']),
  rw('structure', 'US', 'diner-card', `<div class="place"><h3>Marlow Street Diner</h3><p>4.6 ★★★★★ (2,318) · $$ · American</p>
<p>81 Broadway, Brooklyn, NY 11249</p><p>Open ⋅ Closes 11 PM</p><p>(718) 555-0134</p></div>`, ['+17185550134']),
  rw('extension', 'US', 'tollfree-ext', `<p>Customer Service: 1-800-555-0199 ext. 4021 (Mon–Fri, 8 a.m.–8 p.m. ET)</p>`, ['+18005550199;ext=4021']),
  rw('prose', 'US', 'forum-call-them', `<div class="post"><p>Just call them at 415.555.0132 and ask for Dave. Took me 20 min on hold, ticket #48213 if anyone cares. Fixed in firmware 2.3.1 for me.</p></div>`, ['+14155550132']),
  rw('structure', 'US', 'doctor-listing', `<div class="provider"><h2>Maria Lopez, MD</h2><p>Internal Medicine · NPI 1588667638</p>
<p>3 Medical Plaza, Suite 210, Chicago, IL 60611</p><p>Tel (312) 555-0176</p><p>Accepting new patients · 4.9/5 (87 reviews)</p></div>`, ['+13125550176']),
  rw('prose', 'US', 'city-311', `<p>For non-emergency city services, call 311, or (212) 639-9675 from outside the city. In an emergency, always dial 911.</p>`, ['+12126399675']),
  rw('prose', 'US', 'job-ad', `<section><h2>Senior Accountant</h2><p>Salary: $85,000 – $110,000 per year. Job ID: 2024-08817. Apply by 09/30/2024.</p>
<p>Questions? Call HR at (646) 555-0102, Mon–Fri 9–5.</p></section>`, ['+16465550102']),
  rw('structure', 'US', 'concert-event', `<div class="event"><h3>The Lumineers – Live</h3><p>Saturday, June 14, 2025 · 7:30 PM – 10:00 PM</p>
<p>Tickets $45–$120 · Doors 6:30 PM · Ages 18+</p><p>Box office: 213-555-0164</p></div>`, ['+12135550164']),
  rw('structure', 'US', 'real-estate', `<div class="listing"><p class="price">$1,249,000</p><p>3 bd | 2 ba | 1,850 sqft · Built 1926</p>
<p>742 Valencia St, San Francisco, CA 94110</p><p>MLS# 424039182 · HOA $450/mo</p><p>Listed by Jane Kim, Compass · (415) 555-0187</p></div>`, ['+14155550187']),
  rw('national', 'US', 'airline-reservations', `<p>United Airlines reservations: 1-800-864-8331 (U.S. and Canada). Flight UA 1547, confirmation K7PX2M.</p>`, ['+18008648331']),
  rw('prose', 'US', 'insurance-letter', `<p>Re: Policy number HO3-1029384756, claim 2024-118-03321.</p><p>If you have any questions about this notice, call us at 1-888-555-0110 (TTY: 711), Monday through Friday, 8 a.m. to 6 p.m.</p>`, ['+18885550110']),
  rw('structure', 'US', 'pharmacy-label', `<div class="rx"><p>Rx #6021847 · Qty 30 · Refills left: 2</p><p>Filled 03/18/2024 · Discard after 03/18/2025</p><p>Pharmacy: (347) 555-0139</p></div>`, ['+13475550139']),
  rw('split-inline', 'US', 'span-area-code', `<p class="phone"><span class="area">(312)</span> <span class="line">555-0190</span></p>`, ['+13125550190']),
  rw('spaces', 'US', 'nbsp-phone', `<p>Phone:&nbsp;(202)&nbsp;555-0125 · 1600 K St NW, Washington, DC 20006</p>`, ['+12025550125']),
  rw('idd-prefix', 'US', 'london-office', `<p>Our London office: dial 011 44 20 7946 0857 from the U.S.</p>`, ['+442079460857']),
  rw('international', 'US', 'tokyo-office', `<p>Tokyo office · +81 3-1234-5678 · Hours 9:00–18:00 JST</p>`, ['+81312345678']),
  rw('prose', 'US', 'hotline-article', `<p class="note">If you or someone you know needs help, call the National Domestic Violence Hotline at 1-800-799-7233 or text START to 88788.</p>`, ['+18007997233']),
  rw('prose', 'US', 'sms-terms', `<p>Text STOP to 62913 to unsubscribe. Msg &amp; data rates may apply. Up to 6 msgs/month. Questions? Call 1-844-555-0177.</p>`, ['+18445550177']),
  rw('format-detection-yes', 'US', 'meta-yes', `<p>Call (505) 555-0143 to book your table.</p>`, ['+15055550143'], { head: TEL_YES }),
  rw('national', 'CA', 'toronto-office', `<p>Toronto office · 100 King St W, Suite 5600, Toronto, ON M5X 1A9 · 416-555-0199</p>`, ['+14165550199']),
  rw('fax', 'US', 'university-directory', `<table><tr><th>Office</th><th>Phone</th><th>Room</th></tr>
<tr><td>Admissions</td><td>(617) 555-0141</td><td>Hall 104</td></tr>
<tr><td>Financial Aid</td><td>(617) 555-0142</td><td>Hall 210</td></tr>
<tr><td>Registrar</td><td>(617) 555-0143</td><td>Hall 118</td></tr>
<tr><td>Fax (all offices)</td><td>(617) 555-0199</td><td>–</td></tr></table>`, ['+16175550141', '+16175550142', '+16175550143']),
  rw('prose', 'US', 'craigslist', `<p>2015 Honda Civic EX, 84,500 miles, clean title, $11,900 OBO. No lowballers. Call or text 512-555-0168 after 5.</p>`, ['+15125550168']),
  rw('structure', 'US', 'hotel-card', `<div class="hotel"><h3>The Palmer Inn</h3><p>★★★★ · 8.7 Excellent (3,412 reviews)</p><p>From $189/night · Check-in 3:00 PM</p><p>17 E Monroe St, Chicago, IL 60603 · +1 312-555-0118</p></div>`, ['+13125550118']),
  rw('extension', 'US', 'sales-x', `<p>Sales: (212) 555-0100 x 245 · Support: (212) 555-0100 x 310</p>`, ['+12125550100;ext=245', '+12125550100;ext=310']),
  rw('structure', 'US', 'cv-header', `<header><h1>John A. Smith</h1><p>Brooklyn, NY 11215 · (917) 555-0156 · john.smith@example.com</p></header>
<h2>Experience</h2><p>Senior Analyst, Example Corp — 2015 – 2018</p><p>Analyst, Sample LLC — 2012 – 2015</p>`, ['+19175550156']),
  rw('prose', 'US', 'news-recall', `<p>About 1.2 million vehicles from model years 2019–2023 are affected, NHTSA said on Tuesday. Owners can call the automaker at 1-877-555-0142; the recall number is 24V-051.</p>`, ['+18775550142']),

  rw('reference', 'US', 'amazon-order', `<p>Order #112-4829371-5520917 · Placed March 3, 2024 · Total $1,249.99 · Qty: 2</p>`),
  rw('reference', 'US', 'fedex-ups-tracking', `<p>FedEx tracking number: 7749 8302 6152 · UPS: 1Z 999 AA1 01 2345 6784 · Estimated delivery: Thu, 5/16</p>`),
  rw('isbn-ean', 'US', 'product-spec', `<table><tr><th>Model</th><td>WH-1000XM5</td></tr><tr><th>SKU</th><td>6505727</td></tr><tr><th>UPC</th><td>027242923782</td></tr><tr><th>Weight</th><td>8.8 oz</td></tr></table>`),
  rw('statistic', 'US', 'census-news', `<p>The city recorded 8,336,817 residents in 2020, up 7.7% from 2010, while median household income rose to $67,046.</p>`),
  rw('statistic', 'US', 'baseball-score', `<p>Yankees beat Red Sox 7–3 on Tuesday; the series is tied 2–2. Attendance: 46,537. Time: 3:12.</p>`),
  rw('statistic', 'US', 'emergency-short', `<p>In an emergency, call 911. For non-emergencies, dial 311. Call or text 988 for the Suicide &amp; Crisis Lifeline. TTY users dial 711.</p>`, [], { note: 'short service numbers are not E.164-callable' }),
  rw('national-id', 'US', 'w2-form', `<p>Employee's social security number: 078-05-1120 · Employer identification number (EIN): 94-3123456 · Wages: 52,430.00</p>`),
  rw('date', 'US', 'validity-range', `<p>Offer valid 01/15/2024 – 12/31/2024. Expires 2024-12-31.</p>`),
  rw('time', 'US', 'store-hours', `<p>Store hours: Mon–Sat 10:00 AM – 9:00 PM, Sun 11:00 AM – 6:00 PM. Pharmacy closes at 8:30 PM.</p>`),
  rw('amount', 'US', 'sale-price', `<p>Was $1,299.00 Now $999.00 — Save $300 (23%). Or 4 interest-free payments of $249.75.</p>`),
  rw('ip', 'US', 'server-log', `<p>Request from 192.168.100.254 to 10.0.12.7:8443 completed in 212 ms (status 200).</p>`),
  rw('coordinates', 'US', 'gps-nyc', `<p>Location: 40.712776, -74.005974 (40°42′46″N 74°00′22″W)</p>`),
  rw('version', 'US', 'browser-about', `<p>Version 124.0.6367.207 (Official Build) (64-bit) · macOS 14.4.1 (23E224)</p>`),
  rw('card', 'US', 'checkout-card', `<p>Visa ending in 4242 · Test card 4111 1111 1111 1111 · Exp 12/26 · CVV 123</p>`),
  rw('postcode', 'US', 'zip-plus4', `<p>Beverly Hills, CA 90210-4512 · New York, NY 10018-2207 · Chicago, IL 60611-3012</p>`),
  rw('bank', 'US', 'routing-account', `<p>Direct deposit: Routing number 021000021, Account number 4839201756 (checking).</p>`),
  rw('url-identifier', 'US', 'url-with-digits', `<p>See https://www.example.com/listing/2125550147/photos?page=2 and https://example.org/u/4155550132</p>`),
  rw('isbn-ean', 'US', 'book-isbn', `<p>Hardcover, 384 pages. ISBN-13: 978-0-316-76948-0 · ISBN-10: 0316769487 · Published 1951.</p>`),
  rw('reference', 'US', 'patent-court', `<p>U.S. Patent No. 10,123,456 B2 was at issue in Case No. 1:23-cv-04567-JMF (S.D.N.Y. filed May 22, 2023).</p>`),
  rw('statistic', 'US', 'rating-bestseller', `<p>4.8 out of 5 stars (12,345 ratings) · #3 Best Seller in Headphones · 10K+ bought in past month</p>`),
  rw('statistic', 'US', 'recipe', `<p>Bake at 350°F for 25–30 minutes. Serves 4–6. 420 calories per serving, 18 g protein.</p>`),
  rw('reference', 'US', 'invoice', `<p>Invoice #INV-2024-004512 · Issued 04/02/2024 · Net 30 · Amount due $2,340.00 · Customer ID 3125550147</p>`, [], { note: 'customer id shaped like a Chicago number, labelled' }),
  rw('reference', 'US', 'flight-eticket', `<p>Flight AA 2175 · DFW 17:45 → LGA 22:05 · Seat 14C · E-ticket 0012345678901 · Record locator QWERTY</p>`),
  rw('reference', 'US', 'imei-serial', `<table><tr><th>Serial number</th><td>C02XL0GTJGH5</td></tr><tr><th>IMEI</th><td>356938035643809</td></tr><tr><th>IMEI2</th><td>356938035643817</td></tr></table>`),
  rw('statistic', 'US', 'budget-figures', `<p>The FY2024 budget of $6,134,670,000 includes $2,125,550,147 for transit, up 3.4% year over year.</p>`),
  rw('ignored-element', 'US', 'form-field', `<form><label>Phone <input type="tel" name="phone" value="(415) 555-0101"></label><textarea>Call me at 415-555-0102</textarea></form>`),
  rw('format-detection-no', 'US', 'meta-no', `<p>Reservations: (415) 555-0109</p>`, [], { head: TEL_NO }),
  rw('date', 'US', 'cv-dates', `<ul><li>Example Corp — Senior Analyst, 2015 – 2018</li><li>Sample LLC — Analyst, 2012 – 2015</li><li>B.S. Economics, 2008–2012</li></ul>`),
];

/* ----------------------------------------------------------------------------------------------
 * United Kingdom / Ireland
 * -------------------------------------------------------------------------------------------- */
const gb: DetectionCase[] = [
  rw('structure', 'GB', 'company-footer', `<footer><p>Thames Widgets Ltd, 12 Hanover Square, London W1S 1JB</p><p>Tel: 020 7946 0321 · hello@thameswidgets.co.uk</p>
<p>Registered in England and Wales No. 08123456 · VAT No. GB 123 4567 89</p></footer>`, ['+442079460321']),
  rw('prose', 'GB', 'forum-call-me', `<div class="post"><p>call me on 07911 123456 after 6pm, or WhatsApp is fine. I'm free from the 14th.</p></div>`, ['+447911123456']),
  rw('trunk-zero', 'GB', 'press-contact', `<p>Media enquiries: +44 (0)20 7946 0958 | press@example.co.uk</p>`, ['+442079460958']),
  rw('prose', 'GB', 'gp-surgery', `<p>For urgent help when the surgery is closed call NHS 111. To book an appointment, call the surgery on 0161 496 0732 between 8am and 6:30pm.</p>`, ['+441614960732']),
  rw('structure', 'GB', 'pub-listing', `<div class="place"><h3>The Crown &amp; Anchor</h3><p>4.5 (1,204) · ££ · Pub</p><p>22 High St, Bristol BS1 2AW</p><p>0117 496 0455 · Opens 12 pm</p></div>`, ['+441174960455']),
  rw('national', 'GB', 'gas-emergency', `<p>Smell gas? Call the National Gas Emergency Service on 0800 111 999 (24 hours).</p>`, ['+44800111999']),
  rw('structure', 'GB', 'bank-letter', `<p>Sort code 20-00-00 · Account number 12345678 · Statement date 05/04/2024</p><p>If you have any questions, call us on 0345 734 5345. Lines are open 8am to 8pm, 7 days a week.</p>`, ['+443457345345']),
  rw('prose', 'GB', 'job-ad', `<p>Salary £32,000 – £38,000 pa. Ref: JOB-2024-117. Closing date 31/10/2024. For an informal chat contact Sarah on 0113 496 0219.</p>`, ['+441134960219']),
  rw('structure', 'GB', 'flight-booking', `<p>Booking reference: XK4P9L · BA 283 · LHR 14:20 → LAX 17:25 · Terminal 5</p><p>Need help? Call British Airways on 0344 493 0787.</p>`, ['+443444930787']),
  rw('structure', 'GB', 'hotel', `<div class="hotel"><h3>The Grand Hotel</h3><p>1 King's Road, Brighton BN1 2FW</p><p>Reservations 01273 224300 · Check-in from 3pm · Rooms from £129/night</p></div>`, ['+441273224300']),
  rw('spaces', 'GB', 'nbsp', `<p>Tel:&nbsp;020&nbsp;7946&nbsp;0016</p>`, ['+442079460016']),
  rw('split-inline', 'GB', 'spans', `<p>Call <span class="tel-prefix">0131</span> <span class="tel-number">496 0600</span></p>`, ['+441314960600']),
  rw('idd-prefix', 'GB', 'from-abroad', `<p>From abroad: 00 44 20 7946 0999</p>`, ['+442079460999']),
  rw('international', 'GB', 'estate-agent-mobile', `<p>Viewings by appointment with Tom: +44 7400 123461. Guide price £425,000, EPC rating C, 1,012 sq ft.</p>`, ['+447400123461']),
  rw('prose', 'GB', 'council-bins', `<p>Report a missed bin collection online or call 0300 123 4567 (Mon–Fri 9am–5pm). Your next collection is Tuesday 14 May.</p>`, ['+443001234567']),
  rw('structure', 'GB', 'branches', `<ul class="branches"><li>London · 020 7946 0701</li><li>Manchester · 0161 496 0802</li><li>Glasgow · 0141 496 0903</li></ul>`, ['+442079460701', '+441614960802', '+441414960903']),
  rw('national', 'IE', 'dublin-office', `<p>Tel: (01) 234 5678 · Eircode D02 X285 · CRO No. 123456</p>`, ['+35312345678']),
  rw('prose', 'IE', 'mobile', `<p>Lost dog near Ranelagh, answers to Bruno. Reward €200. Please ring 087 123 4567 any time.</p>`, ['+353871234567']),
  rw('structure', 'GB', 'cv-header', `<header><h1>Emma Clarke</h1><p>Leeds LS1 4AP · 07700 123782 · emma.clarke@example.co.uk</p></header><p>2015 – 2018 · BSc (Hons) Computer Science, 2:1</p>`, ['+447700123782']),
  rw('fax', 'GB', 'solicitors', `<p>Smith &amp; Partners LLP · SRA No. 612345</p><p>T 020 7946 0411 · F 020 7946 0412 · DX 123 London/Chancery Lane</p>`, ['+442079460411']),
  rw('structure', 'GB', 'insurance-letter', `<p>Policy number: MOT/2024/0098123 · Customer number: 700912345</p><p>To make a claim call 0800 123 4567, 24 hours a day.</p>`, ['+448001234567']),
  rw('extension', 'GB', 'switchboard-ext', `<p>Switchboard: 020 7946 0000 ext. 4417</p>`, ['+442079460000;ext=4417']),

  rw('date', 'GB', 'event-date', `<p>Thursday 12 September 2024 · Doors 19:30, show 20:00 – 22:15 · Tickets £25</p>`),
  rw('postcode', 'GB', 'postcodes', `<p>Offices: London EC1A 1BB · Manchester M1 1AE · Cardiff CF10 1EP · Glasgow G1 1XQ</p>`),
  rw('national-id', 'GB', 'ni-number', `<p>National Insurance number: QQ 12 34 56 C · NHS number: 943 476 5919 · UTR 1234567890</p>`),
  rw('bank', 'GB', 'iban', `<p>IBAN: GB29 NWBK 6016 1331 9268 19 · BIC: NWBKGB2L · Sort code 60-16-13 · Account 31926819</p>`),
  rw('national-id', 'GB', 'company-number', `<p>Example Holdings plc · Company No. 01234567 · VAT Reg. No. 987 6543 21 · LEI 213800ABCDEF12345678</p>`),
  rw('statistic', 'GB', 'football', `<p>Arsenal 3–1 Chelsea (Saka 23', 67'; Havertz 81' — Palmer 54'). Attendance 60,238.</p>`),
  rw('amount', 'GB', 'guide-price', `<p>Guide price £1,499,950 · Stamp duty £139,994 · Service charge £2,400 p.a.</p>`),
  rw('reference', 'GB', 'order-tracking', `<p>Order number: 2024110398765 · Royal Mail tracking: AB123456789GB · Dispatched 02/11/2024</p>`),
  rw('time', 'GB', 'train', `<p>The 07:42 from London Paddington to Bristol Temple Meads (platform 9) arrives at 09:21.</p>`),
  rw('statistic', 'GB', 'lottery', `<p>Lotto results: 3 – 14 – 22 – 31 – 45 – 52, Bonus 17. Jackpot £7,812,446.</p>`),
  rw('statistic', 'GB', 'cricket', `<p>England 325/7 (50 overs) beat Australia 298 all out (48.3 overs) by 27 runs.</p>`),
  rw('reference', 'GB', 'mot-meter', `<p>MOT test number 1234 5678 9012 · MPAN 12 345 678 901 · Meter serial 19L3456789</p>`),
  rw('statistic', 'GB', 'nhs-111-999', `<p>Call 999 in a medical emergency. If it's not an emergency, call 111 or visit 111.nhs.uk.</p>`, [], { note: 'short service numbers' }),
  rw('postcode', 'IE', 'eircodes', `<p>Eircodes: D02 X285, T12 ABC1, H91 E2K3</p>`),
];

/* ----------------------------------------------------------------------------------------------
 * Germany / Austria / Switzerland
 * -------------------------------------------------------------------------------------------- */
const de: DetectionCase[] = [
  rw('fax', 'DE', 'impressum', `<section><h2>Impressum</h2><p>Musterfirma GmbH<br>Friedrichstraße 123<br>10117 Berlin</p>
<p>Telefon: 030 12345678<br>Telefax: 030 12345679<br>E-Mail: info@musterfirma.de</p>
<p>Amtsgericht Charlottenburg HRB 123456 B<br>USt-IdNr.: DE123456789<br>Geschäftsführer: Max Mustermann</p></section>`, ['+493012345678']),
  rw('extension', 'DE', 'durchwahl', `<p>Ansprechpartnerin: Frau Weber, Personalabteilung, Tel. 089 2180-2345, Zimmer 2.14</p>`, ['+498921802345']),
  rw('prose', 'DE', 'forum-mobile', `<p>Hab dir eine PN geschickt, meine Nummer ist +49 151 23456789, ruf einfach an.</p>`, ['+4915123456789']),
  rw('structure', 'DE', 'arztpraxis', `<div class="praxis"><h3>Praxis Dr. med. Anna Schmidt</h3><p>Fachärztin für Allgemeinmedizin</p>
<p>Sprechzeiten: Mo–Fr 8:00–12:00, Di + Do 15:00–18:00</p><p>Tel. 040 / 123 456 78</p><p>Ärztlicher Bereitschaftsdienst: 116 117</p></div>`, ['+494012345678']),
  rw('structure', 'DE', 'gasthaus', `<div><h3>Gasthaus Zur Post</h3><p>Hauptstraße 5 · 83700 Rottach-Egern</p><p>Tel. 08022 123456 · Ruhetag: Montag · Küche 11:30–21:00 Uhr</p></div>`, ['+498022123456']),
  rw('structure', 'DE', 'shop-order', `<p>Bestellnummer: 302-1234567-1234567 · Lieferung: Di, 14.05. – Do, 16.05. · Gesamtsumme: 1.299,00 €</p><p>Fragen? 0800 123 4567 (kostenfrei)</p>`, ['+498001234567']),
  rw('national', 'DE', 'handy', `<p>Handy: 0171 1234567</p>`, ['+491711234567']),
  rw('trunk-zero', 'DE', 'intl-zero', `<p>Tel. +49 (0)30 2345 6789 · Fax +49 (0)30 2345 6790</p>`, ['+493023456789'], { note: 'fax next to it is not expected' }),
  rw('structure', 'DE', 'verein', `<p>Vorsitzender: Klaus Meier, Am Rhein 12, 50667 Köln, Tel. 0221 / 98 76 54 32 (ab 18 Uhr). Mitgliedsbeitrag 36 € jährlich.</p>`, ['+4922198765432']),
  rw('prose', 'DE', 'kleinanzeige', `<p>Verkaufe Fahrrad, 28 Zoll, Rahmenhöhe 56 cm, Baujahr 2019, VB 250 €. Bei Interesse 0176 12345678 anrufen oder per WhatsApp.</p>`, ['+4917612345678']),
  rw('spaces', 'DE', 'nbsp-intl', `<p>Telefon:&nbsp;+49&nbsp;69&nbsp;1234&nbsp;5678</p>`, ['+496912345678']),
  rw('structure', 'DE', 'zentrale-tabelle', `<table><tr><td>Zentrale</td><td>040 123456-0</td></tr><tr><td>Vertrieb</td><td>040 123456-20</td></tr><tr><td>Kundenservice</td><td>040 123456-30</td></tr><tr><td>Fax</td><td>040 123456-99</td></tr></table>`, ['+49401234560', '+494012345620', '+494012345630']),
  rw('lang-hint', 'DE', 'bare-de', `<p>Rufen Sie uns an: 0711 1234567 (Mo–Do 8–17 Uhr, Fr 8–14 Uhr)</p>`, ['+497111234567'], { lang: 'de' }),
  rw('structure', 'DE', 'immobilie', `<div class="expose"><p>3-Zimmer-Wohnung, 87,5 m², 2. OG, Baujahr 1998</p><p>Kaufpreis: 349.000 € · Hausgeld 280 €/Monat · Objekt-Nr. 2024-0412</p><p>Ihr Ansprechpartner: Herr Braun, 0221 9876543</p></div>`, ['+492219876543']),
  rw('structure', 'DE', 'hotel', `<p>Hotel Alpenblick ★★★★ · Bahnhofstraße 2 · 82467 Garmisch-Partenkirchen · Tel. +49 8821 12345 · DZ ab 129 € · Check-in ab 15 Uhr</p>`, ['+49882112345']),
  rw('prose', 'DE', 'versicherung-brief', `<p>Ihre Vertragsnummer: 4711-0815-2024. Bei Fragen erreichen Sie uns unter 0221 148-12345 (Mo–Fr 8–20 Uhr).</p>`, ['+4922114812345']),
  rw('structure', 'AT', 'firma-wien', `<p>Beispiel GmbH · Kärntner Straße 12 · 1010 Wien · Tel.: +43 1 512 34 56 · UID: ATU12345678 · FN 123456a · Handelsgericht Wien</p>`, ['+4315123456']),
  rw('national', 'AT', 'salzburg', `<p>Pension Mozart, Getreidegasse 9, 5020 Salzburg, Tel. 0662 123456, Zimmer ab 79 €</p>`, ['+43662123456']),
  rw('prose', 'AT', 'handy', `<p>Bei Fragen bitte unter 0664 1234567 melden, am besten zwischen 17 und 19 Uhr.</p>`, ['+436641234567']),
  rw('structure', 'CH', 'zuerich', `<p>Muster AG · Bahnhofstrasse 1 · 8001 Zürich · Tel. 044 668 18 00 · UID: CHE-123.456.789 MWST</p>`, ['+41446681800']),
  rw('prose', 'CH', 'natel', `<p>Wohnung 3.5 Zimmer, CHF 2'450.– inkl. NK, frei ab 1.10. Besichtigung: 079 123 45 67</p>`, ['+41791234567']),

  rw('bank', 'DE', 'iban', `<p>Bankverbindung: Commerzbank · IBAN: DE89 3704 0044 0532 0130 00 · BIC: COBADEFFXXX</p>`),
  rw('national-id', 'DE', 'steuernummer', `<p>Steuernummer: 143/123/45678 · USt-IdNr.: DE 123 456 789 · Amtsgericht München HRB 86786</p>`),
  rw('date', 'DE', 'betriebsferien', `<p>Betriebsferien: Vom 24.12.2024 bis 06.01.2025 geschlossen. Ab 07.01.2025 sind wir wieder für Sie da.</p>`),
  rw('statistic', 'DE', 'wohnung-fakten', `<p>Wohnfläche 87,5 m² · 3 Zimmer · Baujahr 1998 · Energieverbrauch 112,4 kWh/(m²·a)</p>`),
  rw('reference', 'DE', 'versicherungsnr', `<p>Rentenversicherungsnummer: 12 150859 M 123 · Kundennummer: 4711081512 · Vorgangsnummer 2024/00731</p>`),
  rw('postcode', 'DE', 'plz', `<p>Filialen: 10117 Berlin · 80331 München · 20095 Hamburg · 50667 Köln · 60311 Frankfurt am Main</p>`),
  rw('statistic', 'DE', 'fussball', `<p>Bayern gewinnt 4:0 gegen Augsburg – Tore in der 12., 34., 67. und 89. Minute. Zuschauer: 75.000.</p>`),
  rw('reference', 'DE', 'dhl-sendung', `<p>Ihre DHL-Sendungsnummer: 00340434161234567890 · Zustellung voraussichtlich Mi, 15.05.2024</p>`),
  rw('time', 'DE', 'oeffnungszeiten', `<p>Öffnungszeiten: Mo–Fr 09:00–18:30 Uhr, Sa 09:00–14:00 Uhr</p>`),
  rw('time', 'DE', 'bahn', `<p>ICE 597 ab München Hbf 10:24, Gleis 18 – an Berlin Hbf 14:28 (+5)</p>`),
  rw('reference', 'DE', 'rechnung', `<p>Rechnungsnummer 2024-0815 · Rechnungsdatum 03.05.2024 · Betrag 1.234,56 € · Zahlbar bis 17.05.2024</p>`),
  rw('isbn-ean', 'DE', 'artikel-ean', `<p>Artikelnummer: 123-456 · EAN 4006381333931 · Hersteller-Nr. 30-01-1234</p>`),
  rw('statistic', 'DE', 'einwohner', `<p>Berlin hat 3.755.251 Einwohner (Stand 31.12.2023) auf 891,1 km².</p>`),
  rw('statistic', 'DE', 'notruf', `<p>Notruf 112 · Polizei 110 · Ärztlicher Bereitschaftsdienst 116 117 · Sperr-Notruf 116 116</p>`, [], { note: 'short service numbers' }),
  rw('version', 'DE', 'firmware', `<p>FRITZ!OS 7.57 · Firmware-Version 164.07.57 · Build 108209</p>`),
  rw('reference', 'DE', 'auftragsnummer', `<p>Auftragsnummer: 0301234567 · Auftragsdatum: 12.03.2024</p>`, [], { note: 'a 10-digit order number that happens to read as a Berlin number, labelled' }),
  rw('reference', 'DE', 'aktenzeichen', `<p>Aktenzeichen: 3 O 123/24 · Ihr Zeichen: MB/2024-17 · Datum: 08.04.2024</p>`),
  rw('ignored-element', 'DE', 'code-block', `<pre><code>const TEL = "+49 30 12345678";\nfetch("/api/call?nr=03012345678")</code></pre>`),
  rw('bank', 'AT', 'iban-at', `<p>IBAN: AT61 1904 3002 3457 3201 · BIC: BKAUATWW</p>`),
  rw('amount', 'CH', 'preis-chf', `<p>Preis: CHF 1'249.90 · Rabatt CHF 150.– · Total CHF 1'099.90</p>`),
  rw('national-id', 'CH', 'ahv', `<p>AHV-Nr. 756.1234.5678.97 · UID CHE-123.456.789</p>`),
];

/* ----------------------------------------------------------------------------------------------
 * France / Belgium
 * -------------------------------------------------------------------------------------------- */
const fr: DetectionCase[] = [
  rw('fax', 'FR', 'mentions-legales', `<section><h2>Mentions légales</h2><p>Exemple SAS au capital de 10 000 € · RCS Paris 552 100 554 · SIRET 552 100 554 00025</p>
<p>TVA intracommunautaire FR 40 552100554</p><p>Tél. : 01 42 68 53 00 · Fax : 01 42 68 53 01</p></section>`, ['+33142685300']),
  rw('structure', 'FR', 'bistrot', `<div class="resto"><h3>Le Petit Bistrot</h3><p>12 rue de la Roquette, 75011 Paris</p><p>01 43 55 12 34</p><p>Menu du jour 18,50 € · Ouvert du mardi au samedi, 12h–14h30 et 19h–22h30</p></div>`, ['+33143551234']),
  rw('prose', 'FR', 'forum-mobile', `<p>Appelle-moi au 06 12 34 56 78 ce soir, je suis dispo après 20h.</p>`, ['+33612345678']),
  rw('structure', 'FR', 'medecin', `<div><h3>Dr Sophie Martin</h3><p>Médecin généraliste · Conventionné secteur 1 · 26,50 €</p><p>RPPS 10003456789</p><p>Prendre RDV au 04 78 12 34 56</p></div>`, ['+33478123456']),
  rw('structure', 'FR', 'annonce-immo', `<div class="annonce"><p>Appartement 3 pièces 68 m² – 425 000 € – Paris 15e (75015)</p><p>Réf. annonce 1234567 · DPE : C · Charges 210 €/mois</p><p>Contactez l'agence : 01 45 67 89 10</p></div>`, ['+33145678910']),
  rw('national', 'FR', 'numero-vert', `<p>Service client : 0 800 123 456 (service &amp; appel gratuits), du lundi au vendredi de 9h à 18h.</p>`, ['+33800123456']),
  rw('trunk-zero', 'FR', 'intl-zero', `<p>Contact presse : +33 (0)1 23 45 67 89</p>`, ['+33123456789']),
  rw('structure', 'FR', 'mairie', `<p>Hôtel de Ville · 1 place de la Comédie, 69001 Lyon · Tél. 04 72 10 30 30 · Accueil du lundi au vendredi de 8h45 à 17h</p>`, ['+33472103030']),
  rw('prose', 'FR', 'leboncoin', `<p>Vends Clio IV 2016, 98 000 km, 7 500 €, CT ok. Tél : 07 81 23 45 67, pas de SMS.</p>`, ['+33781234567']),
  rw('structure', 'BE', 'bruxelles', `<p>Exemple SPRL · Rue de la Loi 16, 1000 Bruxelles · Tél. 02 512 34 56 · N° d'entreprise BE 0123.456.789</p>`, ['+3225123456']),
  rw('prose', 'BE', 'gsm', `<p>Pour toute info, contactez Julie au 0470 12 34 56 (GSM).</p>`, ['+32470123456']),
  rw('split-inline', 'FR', 'spans', `<p>Réservations : <span class="ind">01 40</span> <span class="num">20 50 50</span></p>`, ['+33140205050']),
  rw('structure', 'FR', 'agences', `<ul><li>Paris — 01 53 00 12 34</li><li>Lyon — 04 72 00 12 34</li><li>Marseille — 04 91 00 12 34</li><li>Bordeaux — 05 56 00 12 34</li></ul>`, ['+33153001234', '+33472001234', '+33491001234', '+33556001234']),
  rw('structure', 'FR', 'hotel', `<p>Hôtel des Arts ★★★ · 5 rue Tholozé, 75018 Paris · +33 1 42 58 12 34 · Chambre double dès 139 € · Arrivée à partir de 15h</p>`, ['+33142581234']),
  rw('prose', 'FR', 'banque-courrier', `<p>Votre numéro client : 0123456789. Pour toute question, votre conseiller est joignable au 09 69 32 00 00 (appel non surtaxé).</p>`, ['+33969320000'], { note: 'the client number reads like 01 23 45 67 89 but is labelled' }),

  rw('statistic', 'FR', 'urgences', `<p>En cas d'urgence, composez le 15 (SAMU), le 17 (police), le 18 (pompiers) ou le 112.</p>`, [], { note: 'short service numbers' }),
  rw('date', 'FR', 'festival', `<p>Festival d'Avignon, du 29 juin au 21 juillet 2024. Billetterie ouverte dès le 13/06/2024.</p>`),
  rw('time', 'FR', 'rdv', `<p>Votre rendez-vous : mardi 12/03/2024 à 14h30. Merci d'arriver 10 min avant.</p>`),
  rw('amount', 'FR', 'prix', `<p>Prix : 1 299,99 € TTC (dont éco-participation 2,50 €) · Livraison 4,99 €</p>`),
  rw('national-id', 'FR', 'secu', `<p>N° de sécurité sociale : 1 85 05 78 006 084 36</p>`),
  rw('bank', 'FR', 'rib', `<p>IBAN : FR76 3000 6000 0112 3456 7890 189 · BIC : AGRIFRPP · RIB : 30006 00001 12345678901 89</p>`),
  rw('reference', 'FR', 'colissimo', `<p>Numéro de suivi Colissimo : 6A12345678901 · Commande n° 240512-0042 · Facture FA-2024-00123</p>`),
  rw('national-id', 'FR', 'siret', `<p>SIREN 552 100 554 · SIRET 552 100 554 00025 · Code APE 6201Z</p>`),
  rw('postcode', 'FR', 'codes-postaux', `<p>Nos boutiques : 75011 Paris · 69001 Lyon · 13001 Marseille · 33000 Bordeaux</p>`),
  rw('statistic', 'FR', 'score-foot', `<p>Le PSG s'impose 3–1 face à l'OM devant 47 929 spectateurs.</p>`),
  rw('statistic', 'FR', 'population', `<p>La France comptait 68 373 433 habitants au 1er janvier 2024, selon l'Insee.</p>`),
  rw('version', 'FR', 'windows', `<p>Windows 11 Professionnel, version 23H2, build 22631.3447</p>`),
  rw('national-id', 'BE', 'registre-national', `<p>Numéro de registre national : 85.07.30-033.28 · N° d'entreprise 0123.456.789</p>`),
  rw('format-detection-no', 'FR', 'meta-no', `<p>Tél. 01 42 68 53 00</p>`, [], { head: TEL_NO }),
];

/* ----------------------------------------------------------------------------------------------
 * Czech Republic
 * -------------------------------------------------------------------------------------------- */
const cz: DetectionCase[] = [
  rw('structure', 'CZ', 'firma', `<p>Příklad s.r.o., Václavské náměstí 12, 110 00 Praha 1</p><p>IČO: 12345678 · DIČ: CZ12345678</p><p>Tel.: +420 224 123 456 · Mobil: 602 123 456</p>`, ['+420224123456', '+420602123456']),
  rw('structure', 'CZ', 'restaurace', `<div><h3>Restaurace U Zlatého tygra</h3><p>Husova 17, 110 00 Praha 1</p><p>tel. 222 123 456 · Otevřeno denně 15:00–23:00</p></div>`, ['+420222123456']),
  rw('prose', 'CZ', 'inzerat', `<p>Prodám kolo, rám 19", cena 8 500 Kč, volejte 731 234 567 po 17. hodině.</p>`, ['+420731234567']),
  rw('lang-hint', 'CZ', 'bare-cs', `<p>Objednávky na tel.: 541 123 456</p>`, ['+420541123456'], { lang: 'cs' }),
  rw('structure', 'CZ', 'lekar', `<p>MUDr. Jana Nováková, praktický lékař · Ordinační hodiny Po–Pá 7:30–11:30 · tel. 585 123 456 · Pohotovost 155</p>`, ['+420585123456']),

  rw('bank', 'CZ', 'ucet', `<p>Číslo účtu: 19-2000145399/0800 · IBAN CZ65 0800 0000 1920 0014 5399</p>`),
  rw('national-id', 'CZ', 'rodne-cislo', `<p>Rodné číslo: 850101/1234 · Číslo OP: 123456789</p>`),
  rw('date', 'CZ', 'termin', `<p>Zavřeno od 1. 7. 2024 do 31. 8. 2024.</p>`),
  rw('amount', 'CZ', 'cena', `<p>Cena: 12 990 Kč vč. DPH · bez DPH 10 735,54 Kč</p>`),
  rw('statistic', 'CZ', 'tisnove-linky', `<p>Tísňová linka 112, záchranná služba 155, policie 158, hasiči 150.</p>`, [], { note: 'short service numbers' }),
  rw('postcode', 'CZ', 'psc', `<p>Pobočky: 602 00 Brno · 110 00 Praha 1 · 702 00 Ostrava</p>`, [], { note: 'PSČ 602 00 starts like a mobile number' }),
  rw('national-id', 'CZ', 'ico', `<p>IČO: 27082440 · DIČ: CZ27082440 · zapsaná v OR u MS v Praze, oddíl C, vložka 97465</p>`),
  rw('reference', 'CZ', 'objednavka', `<p>Číslo objednávky: 2024001234 · Variabilní symbol: 2024001234 · Splatnost 14. 5. 2024</p>`),
];

/* ----------------------------------------------------------------------------------------------
 * Italy
 * -------------------------------------------------------------------------------------------- */
const it: DetectionCase[] = [
  rw('structure', 'IT', 'ristorante', `<div><h3>Trattoria Da Mario</h3><p>Via della Scala 12, 00153 Roma</p><p>Tel. 06 581 2345 · P.IVA 01234567890 · Chiuso il lunedì</p></div>`, ['+39065812345']),
  rw('prose', 'IT', 'cellulare', `<p>Per info chiamami al 333 123 4567, anche su WhatsApp.</p>`, ['+393331234567']),
  rw('international', 'IT', 'footer-spa', `<footer><p>© 2024 Esempio S.p.A. – Sede legale: Via Roma 1, 20121 Milano – Cap. soc. € 1.000.000 i.v. – C.F. e P.IVA 12345678901 – REA MI-1234567 – Tel. +39 02 1234 5678</p></footer>`, ['+390212345678']),
  rw('national', 'IT', 'numero-verde', `<p>Numero verde 800 123 456, attivo dal lunedì al venerdì dalle 9 alle 18.</p>`, ['+39800123456']),
  rw('structure', 'IT', 'albergo', `<p>Hotel Bellavista ★★★ · Via Garibaldi 8, 50123 Firenze · Tel. 055 123 4567 · CIN IT048017A1B2C3D4E5 · Camere da 89 €</p>`, ['+390551234567']),
  rw('fax', 'IT', 'studio-legale', `<p>Studio Legale Bianchi · Corso Vittorio Emanuele II 45, 10123 Torino · tel. 011 562 3456 · fax 011 562 3457</p>`, ['+390115623456']),

  rw('national-id', 'IT', 'codice-fiscale', `<p>Codice fiscale: RSSMRA85T10A562S · Tessera sanitaria n. 80380000500012345678</p>`),
  rw('bank', 'IT', 'iban', `<p>IBAN: IT60 X054 2811 1010 0000 0123 456 · BIC BPMOIT22XXX</p>`),
  rw('date', 'IT', 'periodo', `<p>Offerta valida dal 15/07/2024 al 31/08/2024.</p>`),
  rw('statistic', 'IT', 'calcio', `<p>Inter–Milan 2-1 (primo tempo 1-0). Spettatori: 75.117.</p>`),
  rw('statistic', 'IT', 'emergenze', `<p>Numero unico di emergenza 112 · Emergenza sanitaria 118 · Guardia medica 116 117</p>`, [], { note: 'short service numbers' }),
  rw('postcode', 'IT', 'cap', `<p>Sedi: 00153 Roma · 20121 Milano · 50123 Firenze · 80132 Napoli</p>`),
  rw('amount', 'IT', 'prezzo', `<p>Prezzo: € 1.299,00 IVA inclusa · oppure 10 rate da € 129,90</p>`),
  rw('national-id', 'IT', 'partita-iva', `<p>Partita IVA 01234567890 · Codice SDI M5UXCR1 · REA RM-1234567</p>`),
];

/* ----------------------------------------------------------------------------------------------
 * Spain / Mexico
 * -------------------------------------------------------------------------------------------- */
const es: DetectionCase[] = [
  rw('structure', 'ES', 'hotel', `<p>Hotel Sol · C/ Gran Vía 45, 28013 Madrid · Tel. 91 123 45 67 · Reservas: +34 612 34 56 78 · CIF B12345678 · 4 estrellas</p>`, ['+34911234567', '+34612345678']),
  rw('prose', 'ES', 'foro-movil', `<p>Si te interesa el piso, llámame al 654 321 987 y quedamos para verlo.</p>`, ['+34654321987']),
  rw('structure', 'ES', 'farmacia', `<p>Farmacia Central · Passeig de Gràcia 10, 08007 Barcelona · Abierto 24 h · 93 412 34 56</p>`, ['+34934123456']),
  rw('international', 'ES', 'atencion-cliente', `<p>Atención al cliente: +34 900 123 456 (gratuito), de lunes a viernes de 9:00 a 21:00.</p>`, ['+34900123456']),
  rw('structure', 'ES', 'sucursales', `<table><tr><td>Madrid</td><td>91 555 12 34</td></tr><tr><td>Sevilla</td><td>954 12 34 56</td></tr><tr><td>Valencia</td><td>963 12 34 56</td></tr></table>`, ['+34915551234', '+34954123456', '+34963123456']),
  rw('structure', 'MX', 'cdmx', `<p>Consultorio Dental Sonrisa · Av. Insurgentes Sur 1234, Col. Del Valle, C.P. 03100, CDMX · Tel. 55 1234 5678 · RFC: CDS010101AB1</p>`, ['+525512345678']),

  rw('national-id', 'ES', 'dni-nie', `<p>DNI 12345678Z · NIE X1234567L · N.º Seguridad Social 28 1234567890</p>`),
  rw('bank', 'ES', 'iban', `<p>IBAN: ES91 2100 0418 4502 0005 1332 · BIC: CAIXESBBXXX</p>`),
  rw('amount', 'ES', 'precio', `<p>Precio: 1.234,56 € (IVA incl.) · Antes 1.499,00 € · Ahorras 264,44 €</p>`),
  rw('date', 'ES', 'congreso', `<p>El congreso se celebrará del 3 al 7 de junio de 2024 (inscripciones hasta el 15/05/2024).</p>`),
  rw('statistic', 'ES', 'emergencias', `<p>Emergencias: 112 · Urgencias sanitarias: 061 · Policía Nacional: 091 · Guardia Civil: 062</p>`, [], { note: 'short service numbers' }),
  rw('reference', 'ES', 'catastro', `<p>Referencia catastral: 9872023VH5797S0001WX · Superficie 95 m² · Año de construcción 1975</p>`),
  rw('postcode', 'ES', 'cp', `<p>Oficinas en 28013 Madrid, 08007 Barcelona y 41001 Sevilla.</p>`),
  rw('statistic', 'ES', 'futbol', `<p>Real Madrid 2-1 Barcelona. Goles: Vinícius (23'), Bellingham (90+1'); Lewandowski (56'). Asistencia: 78.412.</p>`),
  rw('reference', 'ES', 'pedido', `<p>N.º de pedido: 402-9876543-1234567 · Fecha 12/04/2024 · Total 89,90 €</p>`),
];

/* ----------------------------------------------------------------------------------------------
 * Netherlands
 * -------------------------------------------------------------------------------------------- */
const nl: DetectionCase[] = [
  rw('structure', 'NL', 'bakkerij', `<p>Bakkerij de Vries · Kerkstraat 12, 1017 GL Amsterdam · Tel. 020 123 4567 · KvK 12345678 · BTW NL123456789B01</p>`, ['+31201234567']),
  rw('prose', 'NL', 'marktplaats', `<p>Fiets te koop, 28 inch, € 150. Bel me op 06-12345678 of stuur een appje.</p>`, ['+31612345678']),
  rw('structure', 'NL', 'huisarts', `<p>Huisartsenpraktijk De Linde · Tel. 010 123 4567 · Spoedlijn: 010 123 4500 · Bel bij levensbedreigende situaties altijd 112.</p>`, ['+31101234567', '+31101234500']),
  rw('national', 'NL', 'klantenservice', `<p>Klantenservice: 088 123 4567 (ma–vr 8.00–20.00 uur)</p>`, ['+31881234567']),
  rw('national', 'NL', 'gratis-0800', `<p>Bel gratis 0800-0123 voor een afspraak.</p>`, ['+318000123'], { note: 'short NL 0800 number (0800 + 4 digits) is valid' }),
  rw('structure', 'NL', 'makelaar', `<p>Vraagprijs € 425.000 k.k. · 85 m² · Bouwjaar 1932 · Energielabel B · Makelaar: 030 234 5678</p>`, ['+31302345678']),

  rw('postcode', 'NL', 'postcodes', `<p>Vestigingen: 1017 GL Amsterdam · 3011 AB Rotterdam · 3511 CE Utrecht</p>`),
  rw('bank', 'NL', 'iban', `<p>IBAN: NL91 ABNA 0417 1643 00 t.n.v. Stichting Voorbeeld</p>`),
  rw('national-id', 'NL', 'bsn-kvk', `<p>BSN: 123456782 · KvK-nummer: 12345678 · BTW-id: NL001234567B01</p>`),
  rw('statistic', 'NL', 'gemeente-14', `<p>Bel 14 020 voor de gemeente Amsterdam, of in noodgevallen 112.</p>`, [], { note: '14 0xx municipal short number' }),
  rw('date', 'NL', 'vakantie', `<p>Gesloten van ma 1 juli t/m vr 12 juli 2024.</p>`),
  rw('reference', 'NL', 'postnl', `<p>Track &amp; trace: 3SABCD1234567 · Bestelnummer 2024-0098123 · Bezorgd op 14-05-2024</p>`),
  rw('amount', 'NL', 'prijs', `<p>Prijs: € 1.299,- · Huur € 1.750 p/m excl. · Servicekosten € 85</p>`),
];

/* ----------------------------------------------------------------------------------------------
 * Japan
 * -------------------------------------------------------------------------------------------- */
const jp: DetectionCase[] = [
  rw('fax', 'JP', 'company', `<p>株式会社サンプル 〒100-0005 東京都千代田区丸の内1-1-1</p><p>TEL 03-1234-5678　FAX 03-1234-5679</p><p>受付時間 平日9:00～18:00</p>`, ['+81312345678']),
  rw('national', 'JP', 'freedial', `<p>フリーダイヤル 0120-123-456（通話料無料・年中無休 9:00～21:00）</p>`, ['+81120123456']),
  rw('structure', 'JP', 'restaurant', `<dl><dt>店名</dt><dd>レストラン 桜</dd><dt>住所</dt><dd>大阪市北区梅田1-2-3</dd><dt>電話</dt><dd>06-6123-4567</dd><dt>営業時間</dt><dd>11:30～22:00</dd><dt>予算</dt><dd>¥3,000～¥3,999</dd></dl>`, ['+81661234567']),
  rw('full-width', 'JP', 'fullwidth-tel', `<p>ＴＥＬ：０６－６２１２－３４５６</p>`, ['+81662123456']),
  rw('prose', 'JP', 'mobile', `<p>ご不明な点は担当の田中（携帯 090-1234-5678）までお気軽にどうぞ。</p>`, ['+819012345678']),
  rw('structure', 'JP', 'hotel', `<p>ホテル山田 〒604-8005 京都市中京区 電話 075-123-4567 チェックイン 15:00 1泊 12,800円～</p>`, ['+81751234567']),
  rw('international', 'JP', 'intl', `<p>海外からのお問い合わせ：+81 3 1234 5678</p>`, ['+81312345678']),

  rw('date', 'JP', 'event-dates', `<p>開催期間：2024年7月15日（月）～7月21日（日）</p>`),
  rw('amount', 'JP', 'price', `<p>価格 ¥12,800（税込）送料無料 ポイント128pt</p>`),
  rw('postcode', 'JP', 'postal', `<p>郵便番号 530-0001 大阪府大阪市北区梅田</p>`),
  rw('reference', 'JP', 'order', `<p>注文番号 250-1234567-8901234 お届け予定 5月16日</p>`),
  rw('statistic', 'JP', 'emergency', `<p>事件・事故は110番、火事・救急は119番へ。</p>`, [], { note: 'short service numbers' }),
  rw('time', 'JP', 'shinkansen', `<p>のぞみ225号 東京 14:03発 → 新大阪 16:30着 7号車 12番A席</p>`),
  rw('national-id', 'JP', 'mynumber', `<p>個人番号（マイナンバー）：1234 5678 9012</p>`),
];

/* ----------------------------------------------------------------------------------------------
 * Brazil
 * -------------------------------------------------------------------------------------------- */
const br: DetectionCase[] = [
  rw('structure', 'BR', 'padaria', `<p>Padaria Pão Quente · Rua Augusta, 1234 – Consolação, São Paulo – SP, 01304-001</p><p>Tel.: (11) 3456-7890 · WhatsApp: (11) 91234-5678</p><p>CNPJ 12.345.678/0001-90</p>`, ['+551134567890', '+5511912345678']),
  rw('prose', 'BR', 'forum-celular', `<p>Tenho interesse no apartamento, me liga no 11 98765-4321 depois das 18h.</p>`, ['+5511987654321']),
  rw('national', 'BR', 'sac-0800', `<p>SAC: 0800 123 4567 (24 horas) · Ouvidoria: 0800 765 4321</p>`, ['+558001234567', '+558007654321']),
  rw('structure', 'BR', 'clinica', `<p>Clínica Sorriso · Av. Paulista, 1000 – Bela Vista · CEP 01310-100 · Tel. (11) 2345-6789 · CRO-SP 12345</p>`, ['+551123456789']),
  rw('structure', 'BR', 'imovel', `<p>Apartamento 2 quartos, 65 m², R$ 520.000 · Condomínio R$ 780 · IPTU R$ 1.200/ano · Corretor: (21) 99876-5432 · CRECI 12345-J</p>`, ['+5521998765432']),

  rw('national-id', 'BR', 'cpf', `<p>CPF: 123.456.789-09 · RG: 12.345.678-9</p>`),
  rw('amount', 'BR', 'preco', `<p>R$ 1.299,90 em até 12x de R$ 108,33 sem juros · à vista R$ 1.169,91</p>`),
  rw('bank', 'BR', 'boleto', `<p>Linha digitável: 34191.79001 01043.510047 91020.150008 1 96100000012345</p>`),
  rw('date', 'BR', 'periodo', `<p>Inscrições de 10/03/2024 a 15/03/2024.</p>`),
  rw('statistic', 'BR', 'emergencia', `<p>SAMU 192 · Bombeiros 193 · Polícia Militar 190</p>`, [], { note: 'short service numbers' }),
  rw('reference', 'BR', 'rastreio', `<p>Código de rastreio: AA123456789BR · Pedido nº 1098765432 · Nota fiscal 000.123.456</p>`),
  rw('national-id', 'BR', 'cnpj', `<p>CNPJ: 12.345.678/0001-90 · Inscrição Estadual: 123.456.789.110</p>`),
  rw('postcode', 'BR', 'cep', `<p>CEP 01310-100 · CEP 20040-020 · CEP 30130-010</p>`),
];

/* ----------------------------------------------------------------------------------------------
 * India
 * -------------------------------------------------------------------------------------------- */
const ind: DetectionCase[] = [
  rw('structure', 'IN', 'clinic', `<p>Sharma Clinic, Sector 18, Noida 201301, Uttar Pradesh · Ph: 0120 412 3456 · Timings 10 AM – 2 PM, 5 PM – 8 PM</p>`, ['+911204123456']),
  rw('international', 'IN', 'contact', `<p>Call us: +91 98765 43210 | Email: support@example.in</p>`, ['+919876543210']),
  rw('prose', 'IN', 'olx-mobile', `<p>Selling Honda Activa 2019, 18,000 km driven, ₹45,000 negotiable. Mob: 98765 43210</p>`, ['+919876543210']),
  rw('structure', 'IN', 'bangalore', `<p>Registered office: 3rd Floor, MG Road, Bengaluru 560001 · Tel: 080 2345 6789 · Toll-free: 1800 123 4567 · CIN U72200KA2010PTC012345</p>`, ['+918023456789', '+9118001234567'], { note: 'Indian toll-free 1800 numbers keep the 1800: +91 1800 …' }),
  rw('structure', 'IN', 'mumbai-hotel', `<p>Hotel Sea View, Marine Drive, Mumbai 400020 · 022 2345 6789 · GSTIN 27AAPFU0939F1ZV · Rooms from ₹6,499</p>`, ['+912223456789']),

  rw('amount', 'IN', 'price', `<p>₹1,49,999 (incl. GST) · EMI from ₹7,083/month · MRP ₹1,79,900</p>`),
  rw('national-id', 'IN', 'pan-aadhaar', `<p>PAN: ABCDE1234F · Aadhaar: 1234 5678 9012</p>`),
  rw('bank', 'IN', 'ifsc', `<p>IFSC: SBIN0001234 · A/c No. 12345678901 · MICR 400002012</p>`),
  rw('statistic', 'IN', 'population', `<p>India's population crossed 1,42,86,27,663 in 2023, overtaking China.</p>`),
  rw('statistic', 'IN', 'cricket', `<p>India 287/4 (50 ov) beat Pakistan 219 (44.2 ov) by 68 runs. Kohli 122* (94).</p>`),
  rw('reference', 'IN', 'pnr', `<p>PNR: 4521367890 · Train 12951 Mumbai Rajdhani · Coach B3, Berth 42 · Dep 17:00</p>`),
  rw('statistic', 'IN', 'emergency', `<p>Emergency 112 · Police 100 · Ambulance 108 · Women helpline 1091</p>`, [], { note: 'short service numbers' }),
  rw('postcode', 'IN', 'pin', `<p>PIN codes: 110001 New Delhi, 400020 Mumbai, 560001 Bengaluru</p>`),
  rw('national-id', 'IN', 'gstin', `<p>GSTIN: 27AAPFU0939F1ZV · CIN: U72200KA2010PTC012345</p>`),
];

/* ----------------------------------------------------------------------------------------------
 * Australia
 * -------------------------------------------------------------------------------------------- */
const au: DetectionCase[] = [
  rw('structure', 'AU', 'dental', `<p>Sydney Dental Care · Level 3, 123 Pitt St, Sydney NSW 2000 · Ph (02) 9876 5432 · ABN 12 345 678 901 · Mon–Fri 8am–6pm</p>`, ['+61298765432']),
  rw('prose', 'AU', 'gumtree', `<p>Couch for sale, $250 ono, pick up only from Fitzroy 3065. Text or call Dave on 0412 345 678.</p>`, ['+61412345678']),
  rw('national', 'AU', '1300', `<p>Call 1300 123 456 for a free quote (7 days, 7am–7pm AEST).</p>`, ['+611300123456']),
  rw('structure', 'AU', 'offices', `<ul><li>Melbourne (03) 9123 4567</li><li>Brisbane (07) 3123 4567</li><li>Perth (08) 9123 4567</li></ul>`, ['+61391234567', '+61731234567', '+61891234567']),
  rw('structure', 'AU', 'realestate', `<p>4 bed · 2 bath · 2 car · 650 m² · Auction Sat 18 May 11:00am · Price guide $850,000 – $920,000 · Agent: Sarah Nguyen 0423 456 789</p>`, ['+61423456789']),

  rw('statistic', 'AU', 'triple-zero', `<p>In an emergency call Triple Zero (000). From a mobile you can also dial 112.</p>`, [], { note: 'short service numbers' }),
  rw('bank', 'AU', 'bsb', `<p>BSB 062-000 · Account 12345678 · Reference INV2024</p>`),
  rw('postcode', 'AU', 'postcodes', `<p>Sydney NSW 2000 · Melbourne VIC 3000 · Brisbane QLD 4000</p>`),
  rw('national-id', 'AU', 'acn-tfn', `<p>ACN 123 456 789 · Tax File Number 123 456 782</p>`),
  rw('statistic', 'AU', 'afl', `<p>Collingwood 12.11 (83) d Carlton 9.8 (62) at the MCG, crowd 87,404.</p>`),
  rw('amount', 'AU', 'price', `<p>Now $1,199 (was $1,499) · Afterpay 4 × $299.75</p>`),
];

/* ----------------------------------------------------------------------------------------------
 * Cross-cutting negatives: identifiers, URLs, ignored elements, numbers shaped like phones
 * -------------------------------------------------------------------------------------------- */
const misc: DetectionCase[] = [
  rw('url-identifier', 'GB', 'tweet-id', `<p>Source: https://twitter.com/example/status/1791234567890123456</p>`),
  rw('url-identifier', 'DE', 'url-query', `<p>Link: https://shop.example.de/artikel?id=0301234567&amp;ref=0891234567</p>`),
  rw('url-identifier', 'US', 'uuid-doi', `<p>DOI: 10.1038/s41586-024-07123-4 · Request ID 3f2b5a1e-2125-5501-4711-000000000042</p>`),
  rw('ip', 'DE', 'ipv6-mac', `<p>IPv6: 2001:db8:85a3::8a2e:370:7334 · MAC: 00:1A:2B:3C:4D:5E</p>`),
  rw('coordinates', 'FR', 'tour-eiffel', `<p>Coordonnées GPS : 48.8584, 2.2945</p>`),
  rw('coordinates', 'DE', 'gps', `<p>GPS: N 52° 31.200' E 013° 24.050' (52.5200, 13.4050)</p>`),
  rw('version', 'US', 'android', `<p>Android 14 (UP1A.231005.007) · Security patch 2024-05-01 · Kernel 5.15.123</p>`),
  rw('card', 'GB', 'card-masked', `<p>Mastercard **** **** **** 5454 · Expires 08/27 · Amex 3782 822463 10005</p>`),
  rw('ignored-element', 'FR', 'select', `<select><option>01 42 68 53 00</option><option>06 12 34 56 78</option></select>`),
  rw('ignored-element', 'GB', 'script', `<script>var phone = "020 7946 0123";</script><p>Get in touch below.</p>`),
  rw('statistic', 'GB', 'phone-shaped-stat', `<p>Total downloads: 2079460123 across all platforms since 2012.</p>`, [], { note: 'digit run that would read as a London number' }),
  rw('statistic', 'US', 'sports-stats', `<p>He finished 212-for-555 from the field (38.2%), 41 games, 2,125 minutes.</p>`),
  rw('reference', 'JP', 'tracking', `<p>お問い合わせ番号 1234-5678-9012（ヤマト運輸）</p>`),
  rw('reference', 'IT', 'ordine', `<p>Ordine n. 0612345678 del 12/04/2024 · Spedizione con BRT, n. 061234567890123</p>`, [], { note: 'order number shaped like a Rome number, labelled' }),
  rw('time', 'IT', 'orari', `<p>Orari: lun–ven 9:00–13:00 / 15:30–19:30, sab 9:00–12:30</p>`),
  rw('time', 'ES', 'horario', `<p>Horario: L–V 9:00–14:00 y 16:30–20:00 · S 10:00–14:00</p>`),
  rw('time', 'NL', 'openingstijden', `<p>Openingstijden: ma t/m vr 08.30 – 17.30 uur, za 10.00 – 16.00 uur</p>`),
  rw('time', 'FR', 'horaires', `<p>Horaires : lun.–ven. 08h30 – 12h00 / 13h30 – 18h00</p>`),
  rw('date', 'DE', 'lebenslauf', `<ul><li>09/2015 – 08/2018: Ausbildung zur Industriekauffrau</li><li>10/2018 – heute: Sachbearbeiterin</li></ul>`),
  rw('date', 'JP', 'wareki', `<p>令和6年4月1日～令和7年3月31日</p>`),
  rw('date', 'BR', 'evento', `<p>Sábado, 20/07/2024, das 14h às 22h</p>`),
  rw('date', 'CZ', 'zivotopis', `<p>2015 – 2018 · Vysoká škola ekonomická v Praze, obor Finance</p>`),
  rw('amount', 'JP', 'salary', `<p>月給 250,000円～350,000円 年収 3,600,000円～</p>`),
  rw('amount', 'IN', 'salary', `<p>CTC ₹12,00,000 – ₹18,00,000 per annum · Notice period 30 days</p>`),
  rw('national-id', 'ES', 'cif', `<p>CIF: B12345678 · NIF: 12345678Z</p>`),
  rw('isbn-ean', 'FR', 'livre', `<p>ISBN : 978-2-07-036822-8 · EAN 9782070368228 · 320 pages</p>`),
  rw('isbn-ean', 'JP', 'jan', `<p>JANコード：4901234567894　型番：ABC-1234</p>`),
  rw('reference', 'NL', 'klantnummer', `<p>Klantnummer: 0201234567 · Factuurnummer 2024-0815</p>`, [], { note: 'customer number shaped like an Amsterdam number, labelled' }),
  rw('statistic', 'DE', 'zaehlerstand', `<p>Zählerstand am 31.12.2023: 045123 kWh · Zählernummer 1ESY1160123456</p>`),
  rw('reference', 'AU', 'medicare', `<p>Medicare card 2123 45670 1 · Individual reference number 1</p>`),
  rw('reference', 'US', 'confirmation', `<p>Your confirmation number is 4155550132. Please keep it for your records.</p>`, [], { note: 'a confirmation number in phone shape, labelled' }),
  rw('statistic', 'FR', 'km-compteur', `<p>Kilométrage : 98 000 km · Puissance 90 ch · CO₂ 104 g/km · 5 portes</p>`),
  rw('amount', 'DE', 'gehalt', `<p>Gehalt: 52.000 – 60.000 € brutto/Jahr · 30 Tage Urlaub · 38,5-Stunden-Woche</p>`),
  rw('version', 'JP', 'app', `<p>アプリバージョン 3.12.0（ビルド 20240512）</p>`),
];

/* ----------------------------------------------------------------------------------------------
 * More positives: markup and prose as found in the wild
 * -------------------------------------------------------------------------------------------- */
const more: DetectionCase[] = [
  rw('prose', 'US', 'parenthesised', `<p>Reach our claims team (1-800-555-0123) or visit any branch.</p>`, ['+18005550123']),
  rw('prose', 'US', 'end-of-sentence', `<p>For questions about your bill, call 213-555-0181.</p>`, ['+12135550181']),
  rw('structure', 'US', 'emoji-labels', `<p>📞 (646) 555-0195 · ✉️ hi@example.com · 📍 55 Water St, New York, NY 10041</p>`, ['+16465550195']),
  rw('split-inline', 'DE', 'bold-parts', `<p>Telefon <b>030</b> <b>2345 6789</b></p>`, ['+493023456789']),
  rw('split-inline', 'JP', 'link', `<p>お電話：<a href="/contact">03-1234-5678</a></p>`, ['+81312345678']),
  rw('prose', 'DE', 'zeile-am-ende', `<p>Sie erreichen uns werktags unter 089 12345678.</p>`, ['+498912345678']),
  rw('prose', 'FR', 'entre-parentheses', `<p>Notre standard (01 44 55 66 77) est ouvert de 9h à 18h.</p>`, ['+33144556677']),
  rw('prose', 'GB', 'two-numbers', `<p>Call 020 7946 0744 or 07700 123900 for out-of-hours repairs.</p>`, ['+442079460744', '+447700123900']),
  rw('international', 'NL', 'intl-mobile', `<p>WhatsApp: +31 6 12345678</p>`, ['+31612345678']),
  rw('international', 'BR', 'intl', `<p>Fale conosco: +55 11 3456-7890</p>`, ['+551134567890']),
  rw('international', 'AU', 'intl', `<p>International callers: +61 2 9876 5432</p>`, ['+61298765432']),
  rw('international', 'CZ', 'intl-from-de', `<p>Unser Werk in Tschechien: +420 541 123 456</p>`, ['+420541123456'], { lang: 'de-DE', note: 'page is German, number Czech' }),
  rw('idd-prefix', 'DE', '00-prefix', `<p>Aus dem Ausland: 0049 30 12345678</p>`, ['+493012345678']),
  rw('idd-prefix', 'FR', '00-prefix', `<p>Depuis l'étranger : 00 33 1 42 68 53 00</p>`, ['+33142685300']),
  rw('spaces', 'FR', 'nbsp', `<p>Tél.&nbsp;:&nbsp;01&nbsp;42&nbsp;68&nbsp;53&nbsp;00</p>`, ['+33142685300']),
  rw('spaces', 'CZ', 'nbsp', `<p>Tel.:&nbsp;224&nbsp;123&nbsp;456</p>`, ['+420224123456']),
  rw('structure', 'IT', 'footer-two', `<footer><p>Sede: Via Roma 1, 20121 Milano – Tel. 02 1234 5678 – Cell. 347 123 4567 – P.IVA 12345678901</p></footer>`, ['+390212345678', '+393471234567']),
  rw('structure', 'ES', 'restaurante', `<p>Restaurante Casa Pepe · ★ 4,5 (1.234 reseñas) · €€ · C/ Mayor 5, 28013 Madrid · 915 12 34 56 · Abre a las 13:00</p>`, ['+34915123456']),
  rw('structure', 'JP', 'stores', `<table><tr><td>新宿店</td><td>03-3123-4567</td></tr><tr><td>梅田店</td><td>06-6312-3456</td></tr><tr><td>名古屋店</td><td>052-123-4567</td></tr></table>`, ['+81331234567', '+81663123456', '+81521234567']),
  rw('prose', 'IN', 'landline-with-stdcode', `<p>For bookings contact our Delhi office on 011 2345 6789 between 10 am and 6 pm.</p>`, ['+911123456789']),
  rw('prose', 'AU', 'landline', `<p>Bookings essential – phone (03) 9654 3210 or book online. BYO, corkage $5pp.</p>`, ['+61396543210']),
  rw('structure', 'NL', 'gemeente', `<p>Gemeente Utrecht · Stadsplateau 1, 3521 AZ Utrecht · Telefoon 14 030 of 030 286 00 00 (buiten Utrecht)</p>`, ['+31302860000'], { note: '14 030 is the municipal short number, not expected' }),
  rw('extension', 'GB', 'extn', `<p>Tel: 01273 224300 (extn 212)</p>`, ['+441273224300;ext=212']),
  rw('extension', 'US', 'comma-ext', `<p>Direct line: 415-555-0127, ext. 88</p>`, ['+14155550127;ext=88']),
  rw('national', 'JP', 'navi-dial', `<p>ナビダイヤル 0570-012-345（全国共通）</p>`, ['+81570012345']),
  rw('national', 'ES', 'fijo', `<p>Teléfono: 958 12 34 56</p>`, ['+34958123456']),
  rw('national', 'IT', 'fisso-milano', `<p>Tel. 02 87654321</p>`, ['+390287654321']),
  rw('national', 'BR', 'celular', `<p>Celular: (31) 98765-4321</p>`, ['+5531987654321']),
  rw('fax', 'DE', 'fax-slash', `<p>Tel. 0341 / 123 45 67 · Fax 0341 / 123 45 68</p>`, ['+493411234567']),
  rw('fax', 'FR', 'telecopie', `<p>Standard : 04 91 55 12 34 — Télécopie : 04 91 55 12 35</p>`, ['+33491551234']),
  rw('fax', 'AU', 'fax', `<p>P: (02) 9876 5400 | F: (02) 9876 5499</p>`, ['+61298765400']),
  rw('fax', 'BR', 'fax', `<p>Fone: (11) 3456-7000 · Fax: (11) 3456-7001</p>`, ['+551134567000']),
  rw('structure', 'NL', 'footer-2-2-grouping', `<footer><p>Tandartspraktijk Centrum · Oudegracht 100, 3511 AX Utrecht · Tel. 030 231 45 67 · KvK 30123456 · AGB-code 12345678</p></footer>`, ['+31302314567']),
  rw('prose', 'NL', 'mobiel-2-2', `<p>Vragen over de vereniging? Bel Marieke via 06 12 34 56 78 (na 18.00 uur).</p>`, ['+31612345678']),
  rw('prose', 'US', 'comma-days', `<p>Our nurse line is open around the clock: call 212-555-0186, 7 days a week.</p>`, ['+12125550186']),
  rw('extension', 'US', 'paren-ext', `<p>Billing questions: (312) 555-0163 (ext. 42)</p>`, ['+13125550163;ext=42']),
  rw('fax', 'NL', 'fax', `<p>T 020 123 4500 · F 020 123 4599</p>`, ['+31201234500']),
];

export const realWorldCases: DetectionCase[] = [...us, ...gb, ...de, ...fr, ...cz, ...it, ...es, ...nl, ...jp, ...br, ...ind, ...au, ...misc, ...more];
