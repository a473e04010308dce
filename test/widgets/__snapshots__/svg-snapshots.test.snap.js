/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["gauge 272"] = 
`aria-label: Indeks SPBE Pemerintah Kota Metro 2024: 3,34 dari 5, predikat Baik. +0,30 dibanding 2023. Target 2,85.
<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" viewBox="0 0 320 190">
<g transform="translate(160 166)">
<path part="track" d="M-124,0A124,124,0,0,1,124,0L98,0A98,98,0,0,0,-98,0Z"/>
<path part="band" class="band-1" d="M-136,0A136,136,0,0,1,-110.5,-79.28L-104,-74.61A128,128,0,0,0,-128,0Z"/>
<path part="band" class="band-2" d="M-109.54,-80.6A136,136,0,0,1,-42.8,-129.09L-40.28,-121.5A128,128,0,0,0,-103.1,-75.86Z"/>
<path part="band" class="band-3 active" d="M-41.25,-129.59A136,136,0,0,1,51.29,-125.96L48.27,-118.55A128,128,0,0,0,-38.82,-121.97Z"/>
<path part="band" class="band-4" d="M52.8,-125.33A136,136,0,0,1,109.54,-80.6L103.1,-75.86A128,128,0,0,0,49.69,-117.96Z"/>
<path part="band" class="band-5" d="M110.5,-79.28A136,136,0,0,1,136,0L128,0A128,128,0,0,0,104,-74.61Z"/>
<path part="indicator" class="band-3" d="M-124,0A124,124,0,0,1,32.72,-119.61L25.86,-94.53A98,98,0,0,0,-98,0Z"/>
</g>
<line part="needle" x1="183.75" y1="79.19" x2="193.25" y2="44.47"/>
<g part="target">
<line x1="149.19" y1="74.64" x2="143.43" y2="25.98"/>
<circle r="3.5" cx="143.43" cy="25.98"/>
</g>
<text part="tick" dy="0.35em" class="middle" x="43" y="182">1</text>
<text part="tick" dy="0.35em" class="end" x="45.12" y="82.53">1,8</text>
<text part="tick" dy="0.35em" class="end" x="116.12" y="30.95">2,6</text>
<text part="tick" dy="0.35em" class="start" x="214.34" y="34.81">3,5</text>
<text part="tick" dy="0.35em" class="start" x="274.88" y="82.53">4,2</text>
<text part="tick" dy="0.35em" class="middle" x="277" y="182">5</text>
<text part="value" x="160" y="136">3,34</text>
<text part="predikat" x="160" y="162">Baik</text>
</svg>`;
/* end snapshot gauge 272 */

snapshots["gauge 480 en"] = 
`aria-label: SPBE Index Pemerintah Kota Metro 2024: 3.34 of 5, rated Good. +0.30 since 2023. Target 2.85.
<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" viewBox="0 0 320 190">
<g transform="translate(160 166)">
<path part="track" d="M-124,0A124,124,0,0,1,124,0L98,0A98,98,0,0,0,-98,0Z"/>
<path part="band" class="band-1" d="M-136,0A136,136,0,0,1,-110.5,-79.28L-104,-74.61A128,128,0,0,0,-128,0Z"/>
<path part="band" class="band-2" d="M-109.54,-80.6A136,136,0,0,1,-42.8,-129.09L-40.28,-121.5A128,128,0,0,0,-103.1,-75.86Z"/>
<path part="band" class="band-3 active" d="M-41.25,-129.59A136,136,0,0,1,51.29,-125.96L48.27,-118.55A128,128,0,0,0,-38.82,-121.97Z"/>
<path part="band" class="band-4" d="M52.8,-125.33A136,136,0,0,1,109.54,-80.6L103.1,-75.86A128,128,0,0,0,49.69,-117.96Z"/>
<path part="band" class="band-5" d="M110.5,-79.28A136,136,0,0,1,136,0L128,0A128,128,0,0,0,104,-74.61Z"/>
<path part="indicator" class="band-3" d="M-124,0A124,124,0,0,1,32.72,-119.61L25.86,-94.53A98,98,0,0,0,-98,0Z"/>
</g>
<line part="needle" x1="183.75" y1="79.19" x2="193.25" y2="44.47"/>
<g part="target">
<line x1="149.19" y1="74.64" x2="143.43" y2="25.98"/>
<circle r="3.5" cx="143.43" cy="25.98"/>
</g>
<text part="tick" dy="0.35em" class="middle" x="43" y="182">1</text>
<text part="tick" dy="0.35em" class="end" x="45.12" y="82.53">1.8</text>
<text part="tick" dy="0.35em" class="end" x="116.12" y="30.95">2.6</text>
<text part="tick" dy="0.35em" class="start" x="214.34" y="34.81">3.5</text>
<text part="tick" dy="0.35em" class="start" x="274.88" y="82.53">4.2</text>
<text part="tick" dy="0.35em" class="middle" x="277" y="182">5</text>
<text part="value" x="160" y="136">3.34</text>
<text part="predikat" x="160" y="162">Good</text>
</svg>`;
/* end snapshot gauge 480 en */

snapshots["trend 320"] = 
`aria-label: Indeks SPBE Pemerintah Kota Metro naik dari 2,14 (2021) ke 3,34 (2024); Nasional naik dari 1,98 (2018) ke 3,12 (2024). Panah kiri dan kanan berpindah tahun; Enter memilih tahun.
<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" width="288" height="220" viewBox="0 0 288 220">
<g part="band" class="band-1">
<rect x="18" y="162.4" width="220" height="33.6"/>
</g>
<g part="band" class="band-2">
<rect x="18" y="128.8" width="220" height="33.6"/>
</g>
<g part="band" class="band-3">
<rect x="18" y="91" width="220" height="37.8"/>
</g>
<g part="band" class="band-4">
<rect x="18" y="61.6" width="220" height="29.4"/>
</g>
<g part="band" class="band-5">
<rect x="18" y="28" width="220" height="33.6"/>
</g>
<g part="axis">
<line class="grid" x1="18" x2="238" y1="196" y2="196"/>
<text dy="0.35em" text-anchor="end" x="12" y="196">1</text>
<line class="grid" x1="18" x2="238" y1="154" y2="154"/>
<text dy="0.35em" text-anchor="end" x="12" y="154">2</text>
<line class="grid" x1="18" x2="238" y1="112" y2="112"/>
<text dy="0.35em" text-anchor="end" x="12" y="112">3</text>
<line class="grid" x1="18" x2="238" y1="70" y2="70"/>
<text dy="0.35em" text-anchor="end" x="12" y="70">4</text>
<line class="grid" x1="18" x2="238" y1="28" y2="28"/>
<text dy="0.35em" text-anchor="end" x="12" y="28">5</text>
<text text-anchor="middle" x="33.7" y="212">2018</text>
<text text-anchor="middle" x="96.6" y="212">2020</text>
<text text-anchor="middle" x="159.4" y="212">2022</text>
<text text-anchor="middle" x="222.3" y="212">2024</text>
</g>
<text class="band-label band-1" x="24" y="175.4" text-anchor="start">Kurang</text>
<text class="band-label band-2" x="24" y="141.8" text-anchor="start">Cukup</text>
<text class="band-label band-3" x="24" y="104" text-anchor="start">Baik</text>
<text class="band-label band-4" x="24" y="74.6" text-anchor="start">Sangat Baik</text>
<text class="band-label band-5" x="24" y="41" text-anchor="start">Memuaskan</text>
<g class="change">
<line x1="190.9" x2="190.9" y1="24" y2="196"/>
<text x="190.9" y="20">Cukup → Baik</text>
</g>
<path part="target" d="M175.1,128.8H206.6M206.6,118.3H238"/>
<g class="s-2">
<path part="series" class="" d="M33.7,154.8L65.1,146.4L96.6,143.1L128,143.9L159.4,139.7L190.9,120.8L222.3,107"/>
<circle part="point" class="" cx="33.7" cy="154.8" r="3.5"/>
<circle part="point" class="" cx="65.1" cy="146.4" r="3.5"/>
<circle part="point" class="" cx="96.6" cy="143.1" r="3.5"/>
<circle part="point" class="" cx="128" cy="143.9" r="3.5"/>
<circle part="point" class="" cx="159.4" cy="139.7" r="3.5"/>
<circle part="point" class="" cx="190.9" cy="120.8" r="3.5"/>
<circle part="point" class="" cx="222.3" cy="107" r="3.5"/>
<text class="value last beside" x="230.3" y="111.8">3,12</text>
</g>
<g class="s-1">
<path part="series" class="primary" d="M128,148.1L159.4,133.4L190.9,110.3L222.3,97.7"/>
<circle part="point" class="" cx="128" cy="148.1" r="4.5"/>
<circle part="point" class="" cx="159.4" cy="133.4" r="4.5"/>
<circle part="point" class="" cx="190.9" cy="110.3" r="4.5"/>
<circle part="point" class="" cx="222.3" cy="97.7" r="4.5"/>
<text class="value last beside" x="230.3" y="93.5">3,34</text>
</g>
</svg>`;
/* end snapshot trend 320 */

snapshots["trend 640"] = 
`aria-label: Indeks SPBE Pemerintah Kota Metro naik dari 2,14 (2021) ke 3,34 (2024); Nasional naik dari 1,98 (2018) ke 3,12 (2024). Panah kiri dan kanan berpindah tahun; Enter memilih tahun.
<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" width="608" height="304" viewBox="0 0 608 304">
<g part="band" class="band-1">
<rect x="18" y="229.6" width="540" height="50.4"/>
</g>
<g part="band" class="band-2">
<rect x="18" y="179.2" width="540" height="50.4"/>
</g>
<g part="band" class="band-3">
<rect x="18" y="122.5" width="540" height="56.7"/>
</g>
<g part="band" class="band-4">
<rect x="18" y="78.4" width="540" height="44.1"/>
</g>
<g part="band" class="band-5">
<rect x="18" y="28" width="540" height="50.4"/>
</g>
<g part="axis">
<line class="grid" x1="18" x2="558" y1="280" y2="280"/>
<text dy="0.35em" text-anchor="end" x="12" y="280">1</text>
<line class="grid" x1="18" x2="558" y1="217" y2="217"/>
<text dy="0.35em" text-anchor="end" x="12" y="217">2</text>
<line class="grid" x1="18" x2="558" y1="154" y2="154"/>
<text dy="0.35em" text-anchor="end" x="12" y="154">3</text>
<line class="grid" x1="18" x2="558" y1="91" y2="91"/>
<text dy="0.35em" text-anchor="end" x="12" y="91">4</text>
<line class="grid" x1="18" x2="558" y1="28" y2="28"/>
<text dy="0.35em" text-anchor="end" x="12" y="28">5</text>
<text text-anchor="middle" x="42" y="296">2018</text>
<text text-anchor="middle" x="124" y="296">2019</text>
<text text-anchor="middle" x="206" y="296">2020</text>
<text text-anchor="middle" x="288" y="296">2021</text>
<text text-anchor="middle" x="370" y="296">2022</text>
<text text-anchor="middle" x="452" y="296">2023</text>
<text text-anchor="middle" x="534" y="296">2024</text>
</g>
<text class="band-label band-1" x="24" y="242.6" text-anchor="start">Kurang</text>
<text class="band-label band-2" x="24" y="192.2" text-anchor="start">Cukup</text>
<text class="band-label band-3" x="24" y="135.5" text-anchor="start">Baik</text>
<text class="band-label band-4" x="24" y="91.4" text-anchor="start">Sangat Baik</text>
<text class="band-label band-5" x="24" y="41" text-anchor="start">Memuaskan</text>
<g class="change">
<line x1="452" x2="452" y1="24" y2="280"/>
<text x="452" y="20">Cukup → Baik</text>
</g>
<path part="target" d="M411,179.2H493M493,163.5H558"/>
<g class="s-2">
<path part="series" class="" d="M42,218.3L124,205.7L206,200.6L288,201.9L370,195.6L452,167.2L534,146.4"/>
<circle part="point" class="" cx="42" cy="218.3" r="3.5"/>
<text class="value" x="42" y="210.3">1,98</text>
<circle part="point" class="" cx="124" cy="205.7" r="3.5"/>
<text class="value" x="124" y="197.7">2,18</text>
<circle part="point" class="" cx="206" cy="200.6" r="3.5"/>
<text class="value" x="206" y="192.6">2,26</text>
<circle part="point" class="" cx="288" cy="201.9" r="3.5"/>
<text class="value" x="288" y="193.9">2,24</text>
<circle part="point" class="" cx="370" cy="195.6" r="3.5"/>
<text class="value" x="370" y="213.6">2,34</text>
<circle part="point" class="" cx="452" cy="167.2" r="3.5"/>
<circle part="point" class="" cx="534" cy="146.4" r="3.5"/>
<text class="value last beside" x="542" y="154.2">3,12</text>
</g>
<g class="s-1">
<path part="series" class="primary" d="M288,208.2L370,186.1L452,151.5L534,132.6"/>
<circle part="point" class="" cx="288" cy="208.2" r="4.5"/>
<text class="value" x="288" y="226.2">2,14</text>
<circle part="point" class="" cx="370" cy="186.1" r="4.5"/>
<text class="value" x="370" y="175.1">2,49</text>
<circle part="point" class="" cx="452" cy="151.5" r="4.5"/>
<text class="value" x="452" y="140.5">3,04</text>
<circle part="point" class="" cx="534" cy="132.6" r="4.5"/>
<text class="value last beside" x="542" y="137.4">3,34</text>
</g>
</svg>`;
/* end snapshot trend 640 */

snapshots["trend 480 domains en"] = 
`aria-label: Policy rose from 2.50 (2023) to 2.70 (2024); Governance rose from 2.50 (2023) to 3.10 (2024); Management rose from 2.00 (2023) to 2.73 (2024); Services stayed from 3.87 (2023) to 3.87 (2024). Left and right arrows move between years; Enter chooses a year.
<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" width="448" height="224" viewBox="0 0 448 224">
<g part="axis">
<line class="grid" x1="18" x2="398" y1="200" y2="200"/>
<text dy="0.35em" text-anchor="end" x="12" y="200">1</text>
<line class="grid" x1="18" x2="398" y1="157" y2="157"/>
<text dy="0.35em" text-anchor="end" x="12" y="157">2</text>
<line class="grid" x1="18" x2="398" y1="114" y2="114"/>
<text dy="0.35em" text-anchor="end" x="12" y="114">3</text>
<line class="grid" x1="18" x2="398" y1="71" y2="71"/>
<text dy="0.35em" text-anchor="end" x="12" y="71">4</text>
<line class="grid" x1="18" x2="398" y1="28" y2="28"/>
<text dy="0.35em" text-anchor="end" x="12" y="28">5</text>
<text text-anchor="middle" x="42" y="216">2023</text>
<text text-anchor="middle" x="374" y="216">2024</text>
</g>
<g class="s-4">
<path part="series" class="primary" d="M42,76.6L374,76.6"/>
<circle part="point" class="" cx="42" cy="76.6" r="4.5"/>
<circle part="point" class="" cx="374" cy="76.6" r="4.5"/>
<text class="value last beside" x="382" y="81.4">3.87</text>
</g>
<g class="s-3">
<path part="series" class="primary" d="M42,157L374,125.6"/>
<circle part="point" class="" cx="42" cy="157" r="4.5"/>
<circle part="point" class="" cx="374" cy="125.6" r="4.5"/>
<text class="value last beside" x="382" y="131">2.73</text>
</g>
<g class="s-2">
<path part="series" class="primary" d="M42,135.5L374,109.7"/>
<circle part="point" class="" cx="42" cy="135.5" r="4.5"/>
<circle part="point" class="" cx="374" cy="109.7" r="4.5"/>
<text class="value last beside" x="382" y="114.5">3.10</text>
</g>
<g class="s-1">
<path part="series" class="primary" d="M42,135.5L374,126.9"/>
<circle part="point" class="" cx="42" cy="135.5" r="4.5"/>
<circle part="point" class="" cx="374" cy="126.9" r="4.5"/>
<text class="value last beside" x="382" y="147.4">2.70</text>
</g>
</svg>`;
/* end snapshot trend 480 domains en */

snapshots["radar 340"] = 
`aria-label: Domain SPBE Pemerintah Kota Metro 2024: terkuat Layanan 3,87, terlemah Kebijakan 2,70. Panah berpindah sumbu; Enter memilih.
<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" viewBox="0 0 400 245" font-size="15.3">
<path class="ring" d="M200,32.1L290.4,122.5L200,212.9L109.6,122.5Z"/>
<text class="ring-label" x="249.2" y="75.3">5</text>
<path class="ring" d="M200,54.7L267.8,122.5L200,190.3L132.2,122.5Z"/>
<text class="ring-label" x="237.9" y="86.6">4</text>
<path class="ring" d="M200,77.3L245.2,122.5L200,167.7L154.8,122.5Z"/>
<text class="ring-label" x="226.6" y="97.9">3</text>
<path class="ring" d="M200,99.9L222.6,122.5L200,145.1L177.4,122.5Z"/>
<text class="ring-label" x="215.3" y="109.2">2</text>
<path part="target" d="M200,80.7L241.8,122.5L200,164.3L158.2,122.5Z"/>
<line class="spoke" x1="200" y1="122.5" x2="200" y2="32.1"/>
<text class="axis-label" text-anchor="middle">
<tspan x="200" y="16.7">Kebijakan</tspan>
</text>
<line class="spoke" x1="200" y1="122.5" x2="290.4" y2="122.5"/>
<text class="axis-label" text-anchor="start">
<tspan x="300.4" y="125.9">Tata Kelola</tspan>
</text>
<line class="spoke" x1="200" y1="122.5" x2="200" y2="212.9"/>
<text class="axis-label" text-anchor="middle">
<tspan x="200" y="235.2">Manajemen</tspan>
</text>
<line class="spoke" x1="200" y1="122.5" x2="109.6" y2="122.5"/>
<text class="axis-label" text-anchor="end">
<tspan x="99.6" y="125.9">Layanan</tspan>
</text>
<g class="s-3">
<path part="series" class="" d="M200,69.2L236.6,122.5L200,141.9L137.2,122.5Z"/>
<circle part="point" cx="200" cy="69.2" r="3.5"/>
<circle part="point" cx="236.6" cy="122.5" r="3.5"/>
<circle part="point" cx="200" cy="141.9" r="3.5"/>
<circle part="point" cx="137.2" cy="122.5" r="3.5"/>
</g>
<g class="s-2">
<path part="series" class="" d="M200,88.6L233.9,122.5L200,145.1L135.1,122.5Z"/>
<circle part="point" cx="200" cy="88.6" r="3.5"/>
<circle part="point" cx="233.9" cy="122.5" r="3.5"/>
<circle part="point" cx="200" cy="145.1" r="3.5"/>
<circle part="point" cx="135.1" cy="122.5" r="3.5"/>
</g>
<g class="s-1">
<path part="series" class="primary" d="M200,84.1L247.5,122.5L200,161.6L135.1,122.5Z"/>
<circle part="point" cx="200" cy="84.1" r="4.5"/>
<text class="value" x="173.4" y="74.3">2,70</text>
<circle part="point" cx="247.5" cy="122.5" r="4.5"/>
<text class="value" x="274.1" y="112.7">3,10</text>
<circle part="point" cx="200" cy="161.6" r="4.5"/>
<text class="value" x="226.6" y="151.8">2,73</text>
<circle part="point" cx="135.1" cy="122.5" r="4.5"/>
<text class="value" x="135.1" y="112.7">3,87</text>
</g>
</svg>`;
/* end snapshot radar 340 */

snapshots["radar 480 2024"] = 
`aria-label: Domain SPBE Pemerintah Kota Metro 2024: terkuat Layanan 3,87, terlemah Kebijakan 2,70. Panah berpindah sumbu; Enter memilih.
<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" viewBox="0 0 400 289" font-size="11">
<path class="ring" d="M200,26.7L317.8,144.5L200,262.3L82.2,144.5Z"/>
<text class="ring-label" x="262.9" y="83.6">5</text>
<path class="ring" d="M200,56.1L288.4,144.5L200,232.9L111.6,144.5Z"/>
<text class="ring-label" x="248.2" y="98.3">4</text>
<path class="ring" d="M200,85.6L258.9,144.5L200,203.4L141.1,144.5Z"/>
<text class="ring-label" x="233.5" y="113.1">3</text>
<path class="ring" d="M200,115L229.5,144.5L200,174L170.5,144.5Z"/>
<text class="ring-label" x="218.8" y="127.8">2</text>
<path part="target" d="M200,90L254.5,144.5L200,199L145.5,144.5Z"/>
<line class="spoke" x1="200" y1="144.5" x2="200" y2="26.7"/>
<text class="axis-label" text-anchor="middle">
<tspan x="200" y="12.8">Kebijakan</tspan>
</text>
<line class="spoke" x1="200" y1="144.5" x2="317.8" y2="144.5"/>
<text class="axis-label" text-anchor="start">
<tspan x="327.8" y="147">Tata Kelola</tspan>
</text>
<line class="spoke" x1="200" y1="144.5" x2="200" y2="262.3"/>
<text class="axis-label" text-anchor="middle">
<tspan x="200" y="281.1">Manajemen</tspan>
</text>
<line class="spoke" x1="200" y1="144.5" x2="82.2" y2="144.5"/>
<text class="axis-label" text-anchor="end">
<tspan x="72.2" y="147">Layanan</tspan>
</text>
<g class="s-2">
<path part="series" class="" d="M200,75L247.7,144.5L200,169.8L118.1,144.5Z"/>
<circle part="point" cx="200" cy="75" r="3.5"/>
<circle part="point" cx="247.7" cy="144.5" r="3.5"/>
<circle part="point" cx="200" cy="169.8" r="3.5"/>
<circle part="point" cx="118.1" cy="144.5" r="3.5"/>
</g>
<g class="s-1">
<path part="series" class="primary" d="M200,94.4L261.9,144.5L200,195.5L115.5,144.5Z"/>
<circle part="point" cx="200" cy="94.4" r="4.5"/>
<text class="value" x="221.1" y="85.7">2,70</text>
<circle part="point" cx="261.9" cy="144.5" r="4.5"/>
<text class="value" x="261.9" y="135.8">3,10</text>
<circle part="point" cx="200" cy="195.5" r="4.5"/>
<text class="value" x="200" y="186.8">2,73</text>
<circle part="point" cx="115.5" cy="144.5" r="4.5"/>
<text class="value" x="115.5" y="135.8">3,87</text>
</g>
</svg>`;
/* end snapshot radar 480 2024 */

snapshots["ranking 360 Lampung"] = 
`aria-label: Peringkat Indeks SPBE 2024, Lampung: 16 instansi. Pemerintah Kota Metro: peringkat 6 dari 16, 3,34 (Baik), turun 2 dari peringkat 4 pada 2023. Tertinggi: Pemerintah Provinsi Lampung 4,09. Nasional 3,12. Panah atas dan bawah berpindah instansi; Enter memilih.
<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" width="328" height="682" viewBox="0 0 328 682">
<g part="axis">
<path class="grid" d="M70 40V56M70 80V96M70 120V136M70 160V176M70 200V216M70 240V256M70 280V296M70 320V336M70 360V376M70 400V416M70 440V456M70 480V496M70 520V536M70 560V576M70 600V616M70 640V656"/>
<text y="14" text-anchor="middle" x="70">1</text>
<path class="grid" d="M113.62 40V56M113.62 80V96M113.62 120V136M113.62 160V176M113.62 200V216M113.62 240V256M113.62 280V296M113.62 320V336M113.62 360V376M113.62 400V416M113.62 440V456M113.62 480V496M113.62 520V536M113.62 560V576M113.62 600V616M113.62 640V656"/>
<text y="14" text-anchor="middle" x="113.62">2</text>
<path class="grid" d="M157.25 40V56M157.25 80V96M157.25 120V136M157.25 160V176M157.25 200V216M157.25 240V256M157.25 280V296M157.25 320V336M157.25 360V376M157.25 400V416M157.25 440V456M157.25 480V496M157.25 520V536M157.25 560V576M157.25 600V616M157.25 640V656"/>
<text y="14" text-anchor="middle" x="157.25">3</text>
<path class="grid" d="M200.87 40V56M200.87 80V96M200.87 120V136M200.87 160V176M200.87 200V216M200.87 240V256M200.87 280V296M200.87 320V336M200.87 360V376M200.87 400V416M200.87 440V456M200.87 480V496M200.87 520V536M200.87 560V576M200.87 600V616M200.87 640V656"/>
<text y="14" text-anchor="middle" x="200.87">4</text>
<path class="grid" d="M244.5 40V56M244.5 80V96M244.5 120V136M244.5 160V176M244.5 200V216M244.5 240V256M244.5 280V296M244.5 320V336M244.5 360V376M244.5 400V416M244.5 440V456M244.5 480V496M244.5 520V536M244.5 560V576M244.5 600V616M244.5 640V656"/>
<text y="14" text-anchor="middle" x="244.5">5</text>
</g>
<g part="row" class=" " transform="translate(0 22)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">1</text>
<text x="32" class="change same" y="15">=</text>
<text class="name" x="70" y="15">Provinsi Lampung</text>
<rect part="bar" rx="2" class="band-4" x="70" y="21" width="134.8" height="10"/>
</g>
<g part="row" class=" " transform="translate(0 62)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">2</text>
<text x="32" class="change same" y="15">=</text>
<text class="name" x="70" y="15">Kab. Mesuji</text>
<rect part="bar" rx="2" class="band-4" x="70" y="21" width="130.44" height="10"/>
</g>
<g part="row" class=" " transform="translate(0 102)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">3</text>
<text x="32" class="change same" y="15">=</text>
<text class="name" x="70" y="15">Kab. Way Kanan</text>
<rect part="bar" rx="2" class="band-4" x="70" y="21" width="109.93" height="10"/>
</g>
<g part="row" class=" " transform="translate(0 142)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">4</text>
<text x="32" class="change up" y="15">▲2</text>
<text class="name" x="70" y="15">Kab. Pesawaran</text>
<rect part="bar" rx="2" class="band-3" x="70" y="21" width="108.63" height="10"/>
</g>
<g part="row" class=" " transform="translate(0 182)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">5</text>
<text x="32" class="change up" y="15">▲6</text>
<text class="name" x="70" y="15">Kab. Tanggamus</text>
<rect part="bar" rx="2" class="band-3" x="70" y="21" width="106.44" height="10"/>
</g>
<g part="row" class="highlight " transform="translate(0 222)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">6</text>
<text x="32" class="change down" y="15">▼2</text>
<text class="name" x="70" y="15">Kota Metro</text>
<rect part="bar" rx="2" class="band-3" x="70" y="21" width="102.08" height="10"/>
</g>
<g part="row" class=" " transform="translate(0 262)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">7</text>
<text x="32" class="change up" y="15">▲2</text>
<text class="name" x="70" y="15">Kab. Lampung Utara</text>
<rect part="bar" rx="2" class="band-3" x="70" y="21" width="92.48" height="10"/>
</g>
<g part="row" class=" " transform="translate(0 302)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">8</text>
<text x="32" class="change same" y="15">=</text>
<text class="name" x="70" y="15">Kab. Lampung Selatan</text>
<rect part="bar" rx="2" class="band-3" x="70" y="21" width="90.74" height="10"/>
</g>
<g part="row" class=" " transform="translate(0 342)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">9</text>
<text x="32" class="change down" y="15">▼4</text>
<text class="name" x="70" y="15">Kab. Pringsewu</text>
<rect part="bar" rx="2" class="band-3" x="70" y="21" width="89.43" height="10"/>
</g>
<g part="row" class=" " transform="translate(0 382)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">10</text>
<text x="32" class="change up" y="15">▲6</text>
<text class="name" x="70" y="15">Kota Bandar Lampung</text>
<rect part="bar" rx="2" class="band-3" x="70" y="21" width="86.38" height="10"/>
</g>
<g part="row" class=" " transform="translate(0 422)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">11</text>
<text x="32" class="change up" y="15">▲2</text>
<text class="name" x="70" y="15">Kab. Pesisir Barat</text>
<rect part="bar" rx="2" class="band-3" x="70" y="21" width="84.63" height="10"/>
</g>
<g part="row" class=" " transform="translate(0 462)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">12</text>
<text x="32" class="change same" y="15">=</text>
<text class="name" x="70" y="15">Kab. Tulang Bawang</text>
<rect part="bar" rx="2" class="band-3" x="70" y="21" width="80.71" height="10"/>
</g>
<g part="row" class=" " transform="translate(0 502)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">13</text>
<text x="32" class="change up" y="15">▲1</text>
<text class="name" x="70" y="15">Kab. Lampung Timur</text>
<rect part="bar" rx="2" class="band-3" x="70" y="21" width="80.27" height="10"/>
</g>
<g part="row" class=" " transform="translate(0 542)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">14</text>
<text x="32" class="change down" y="15">▼4</text>
<text class="name" x="70" y="15">Kab. Lampung Tengah</text>
<rect part="bar" rx="2" class="band-3" x="70" y="21" width="73.29" height="10"/>
</g>
<g part="row" class=" " transform="translate(0 582)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">15</text>
<text x="32" class="change down" y="15">▼8</text>
<text class="name" x="70" y="15">Kab. Lampung Barat</text>
<rect part="bar" rx="2" class="band-3" x="70" y="21" width="70.67" height="10"/>
</g>
<g part="row" class=" " transform="translate(0 622)">
<rect class="back" y="1" rx="3" width="328" height="38"/>
<text class="rank" x="26" text-anchor="end" y="15">16</text>
<text x="32" class="change down" y="15">▼2</text>
<text class="name" x="70" y="15">Kab. Tulang Bawang Barat</text>
<rect part="bar" rx="2" class="band-2" x="70" y="21" width="65" height="10"/>
</g>
<g part="rule">
<path class="" d="M162.48 40V56M162.48 80V96M162.48 120V136M162.48 160V176M162.48 200V216M162.48 240V256M162.48 280V296M162.48 320V336"/>
<text x="162.48" y="676" text-anchor="middle">Nasional 3,12</text>
</g>
<text class="value" x="210.8" y="52">4,09 Sangat Baik</text>
<text class="value" x="206.44" y="92">3,99 Sangat Baik</text>
<text class="value" x="185.93" y="132">3,52 Sangat Baik</text>
<text class="value" x="184.63" y="172">3,49 Baik</text>
<text class="value" x="182.44" y="212">3,44 Baik</text>
<text class="value highlight" x="178.08" y="252">3,34 Baik</text>
<text class="value" x="168.48" y="292">3,12 Baik</text>
<text class="value" x="166.74" y="332">3,08 Baik</text>
<text class="value" x="165.43" y="372">3,05 Baik</text>
<text class="value" x="162.38" y="412">2,98 Baik</text>
<text class="value" x="160.63" y="452">2,94 Baik</text>
<text class="value" x="156.71" y="492">2,85 Baik</text>
<text class="value" x="156.27" y="532">2,84 Baik</text>
<text class="value" x="149.29" y="572">2,68 Baik</text>
<text class="value" x="146.67" y="612">2,62 Baik</text>
<text class="value" x="141" y="652">2,49 Cukup</text>
</svg>`;
/* end snapshot ranking 360 Lampung */

snapshots["ranking 720 kota top 10 en"] = 
`aria-label: SPBE Index ranking 2024, Kota: 93 instansi. Pemerintah Kota Metro: ranked 54 of 93, 3.34 (Good), down 11 from rank 43 in 2023. Highest: Pemerintah Kota Bandung 4.59. National 3.12. Up and down arrows move between instansi; Enter chooses one.
<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" width="688" height="432" viewBox="0 0 688 432">
<g part="axis">
<path class="grid" d="M339 18V412"/>
<text y="14" text-anchor="middle" x="339">1</text>
<path class="grid" d="M405.91 18V412"/>
<text y="14" text-anchor="middle" x="405.91">2</text>
<path class="grid" d="M472.82 18V412"/>
<text y="14" text-anchor="middle" x="472.82">3</text>
<path class="grid" d="M539.72 18V412"/>
<text y="14" text-anchor="middle" x="539.72">4</text>
<path class="grid" d="M606.63 18V412"/>
<text y="14" text-anchor="middle" x="606.63">5</text>
</g>
<g part="row" class=" " transform="translate(0 22)">
<rect class="back" y="1" rx="3" width="688" height="24"/>
<text class="rank" x="26" text-anchor="end" y="17.5">1</text>
<text x="32" class="change up" y="17.5">▲6</text>
<text class="name" x="70" y="17.5">Kota Bandung</text>
<rect part="bar" rx="2" class="band-5" x="339" y="6" width="240.2" height="14"/>
</g>
<g part="row" class=" " transform="translate(0 48)">
<rect class="back" y="1" rx="3" width="688" height="24"/>
<text class="rank" x="26" text-anchor="end" y="17.5">2</text>
<text x="32" class="change same" y="17.5">=</text>
<text class="name" x="70" y="17.5">Kota Madiun</text>
<rect part="bar" rx="2" class="band-5" x="339" y="6" width="238.86" height="14"/>
</g>
<g part="row" class=" " transform="translate(0 74)">
<rect class="back" y="1" rx="3" width="688" height="24"/>
<text class="rank" x="26" text-anchor="end" y="17.5">3</text>
<text x="32" class="change down" y="17.5">▼2</text>
<text class="name" x="70" y="17.5">Kota Surabaya</text>
<rect part="bar" rx="2" class="band-5" x="339" y="6" width="236.85" height="14"/>
</g>
<g part="row" class=" " transform="translate(0 100)">
<rect class="back" y="1" rx="3" width="688" height="24"/>
<text class="rank" x="26" text-anchor="end" y="17.5">4</text>
<text x="32" class="change up" y="17.5">▲12</text>
<text class="name" x="70" y="17.5">Kota Depok</text>
<rect part="bar" rx="2" class="band-5" x="339" y="6" width="222.13" height="14"/>
</g>
<g part="row" class=" " transform="translate(0 126)">
<rect class="back" y="1" rx="3" width="688" height="24"/>
<text class="rank" x="26" text-anchor="end" y="17.5">4</text>
<text x="32" class="change down" y="17.5">▼1</text>
<text class="name" x="70" y="17.5">Kota Jambi</text>
<rect part="bar" rx="2" class="band-5" x="339" y="6" width="222.13" height="14"/>
</g>
<g part="row" class=" " transform="translate(0 152)">
<rect class="back" y="1" rx="3" width="688" height="24"/>
<text class="rank" x="26" text-anchor="end" y="17.5">4</text>
<text x="32" class="change same" y="17.5">=</text>
<text class="name" x="70" y="17.5">Kota Mojokerto</text>
<rect part="bar" rx="2" class="band-5" x="339" y="6" width="222.13" height="14"/>
</g>
<g part="row" class=" " transform="translate(0 178)">
<rect class="back" y="1" rx="3" width="688" height="24"/>
<text class="rank" x="26" text-anchor="end" y="17.5">7</text>
<text x="32" class="change up" y="17.5">▲7</text>
<text class="name" x="70" y="17.5">Kota Surakarta</text>
<rect part="bar" rx="2" class="band-5" x="339" y="6" width="220.8" height="14"/>
</g>
<g part="row" class=" " transform="translate(0 204)">
<rect class="back" y="1" rx="3" width="688" height="24"/>
<text class="rank" x="26" text-anchor="end" y="17.5">8</text>
<text x="32" class="change up" y="17.5">▲1</text>
<text class="name" x="70" y="17.5">Kota Malang</text>
<rect part="bar" rx="2" class="band-5" x="339" y="6" width="216.78" height="14"/>
</g>
<g part="row" class=" " transform="translate(0 230)">
<rect class="back" y="1" rx="3" width="688" height="24"/>
<text class="rank" x="26" text-anchor="end" y="17.5">9</text>
<text x="32" class="change down" y="17.5">▼4</text>
<text class="name" x="70" y="17.5">Kota Cimahi</text>
<rect part="bar" rx="2" class="band-4" x="339" y="6" width="210.76" height="14"/>
</g>
<g part="row" class=" " transform="translate(0 256)">
<rect class="back" y="1" rx="3" width="688" height="24"/>
<text class="rank" x="26" text-anchor="end" y="17.5">10</text>
<text x="32" class="change up" y="17.5">▲10</text>
<text class="name" x="70" y="17.5">Kota Cirebon</text>
<rect part="bar" rx="2" class="band-4" x="339" y="6" width="209.42" height="14"/>
</g>
<text class="gap" transform="translate(0 282)" x="70" y="17.5">… 42 more instansi</text>
<g part="row" class=" " transform="translate(0 308)">
<rect class="back" y="1" rx="3" width="688" height="24"/>
<text class="rank" x="26" text-anchor="end" y="17.5">53</text>
<text x="32" class="change down" y="17.5">▼20</text>
<text class="name" x="70" y="17.5">Kota Singkawang</text>
<rect part="bar" rx="2" class="band-3" x="339" y="6" width="157.23" height="14"/>
</g>
<g part="row" class="highlight " transform="translate(0 334)">
<rect class="back" y="1" rx="3" width="688" height="24"/>
<text class="rank" x="26" text-anchor="end" y="17.5">54</text>
<text x="32" class="change down" y="17.5">▼11</text>
<text class="name" x="70" y="17.5">Kota Metro</text>
<rect part="bar" rx="2" class="band-3" x="339" y="6" width="156.56" height="14"/>
</g>
<g part="row" class=" " transform="translate(0 360)">
<rect class="back" y="1" rx="3" width="688" height="24"/>
<text class="rank" x="26" text-anchor="end" y="17.5">55</text>
<text x="32" class="change up" y="17.5">▲3</text>
<text class="name" x="70" y="17.5">Kota Bitung</text>
<rect part="bar" rx="2" class="band-3" x="339" y="6" width="154.56" height="14"/>
</g>
<text class="gap" transform="translate(0 386)" x="70" y="17.5">… 38 more instansi</text>
<g part="rule">
<path class="" d="M480.85 18V412"/>
<text x="480.85" y="426" text-anchor="middle">National 3.12</text>
</g>
<text class="value" x="585.2" y="39">4.59 Excellent</text>
<text class="value" x="583.86" y="65">4.57 Excellent</text>
<text class="value" x="581.85" y="91">4.54 Excellent</text>
<text class="value" x="567.13" y="117">4.32 Excellent</text>
<text class="value" x="567.13" y="143">4.32 Excellent</text>
<text class="value" x="567.13" y="169">4.32 Excellent</text>
<text class="value" x="565.8" y="195">4.30 Excellent</text>
<text class="value" x="561.78" y="221">4.24 Excellent</text>
<text class="value" x="555.76" y="247">4.15 Very good</text>
<text class="value" x="554.42" y="273">4.13 Very good</text>
<text class="value" x="502.23" y="325">3.35 Good</text>
<text class="value highlight" x="501.56" y="351">3.34 Good</text>
<text class="value" x="499.56" y="377">3.31 Good</text>
</svg>`;
/* end snapshot ranking 720 kota top 10 en */

snapshots["map 360 kelurahan"] = 
`aria-label: Titik akses internet publik Pemerintah Kota Metro: 314 titik · 90 % daring · 4.000 Mbps. Panah menggeser peta; + dan − memperbesar dan memperkecil; 0 kembali ke tampilan awal. Tab menuju daftar yang terlihat.
<svg xmlns="http://www.w3.org/2000/svg" viewBox="-6 -6 12 12" aria-hidden="true" class="swatch st-0">
<path d="M-4.5 0a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0"/>
</svg>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="-6 -6 12 12" aria-hidden="true" class="swatch st-1">
<path d="M-3.8-3.8h7.6v7.6h-7.6Z"/>
</svg>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="-6 -6 12 12" aria-hidden="true" class="swatch st-2">
<path d="M0-5L4.5 3.4H-4.5Z"/>
</svg>
<svg xmlns="http://www.w3.org/2000/svg" class="layer" aria-hidden="true" viewBox="0 0 328 260">
<g transform="matrix(0.162421 0 0 0.162421 72.1 11.98)">
<path part="area" class="q-0" d="M577,696.9L430.4,697.4L421.3,699.9L413.1,706.9L410.1,716.2L410.5,729.2L415.3,730.9L420.2,738.2L424.6,740.2L427.1,745.6L420,752.1L421.8,774.7L424.7,786.4L422.4,804.8L423.8,823.2L429.3,838.9L422.8,850.3L422.7,857.8L435.4,871.5L442.6,882.5L450.4,877.3L454.9,877.6L462.2,872.1L471.7,870.5L474.8,871.6L483,883.8L495.3,894.4L504.1,896.2L543.2,893.6L556.4,780.7L554.2,780.1L555.7,769.5L575.3,772.6L575.8,769.8L574.5,749.8L570.4,744.4L573.6,741.6L572.5,740.7L576.7,731Z"/>
<path part="area" class="q-0" d="M705,416.6L684.2,382L682,387.4L676,393.4L662.9,400.1L653.2,402L648,394.9L612.8,408.5L607.3,407.7L597.6,399.8L595.1,400.1L588.1,388.1L578.3,385.9L577.2,387.4L580.4,391.7L573.5,393.3L573.5,399.2L568.7,400.4L567.1,404.4L561.8,404L557.8,412.7L553.9,408.4L550.5,408.6L545.4,414.5L543.7,420.5L536.6,419L530.1,422.7L513.4,425.7L511.2,421.6L501.8,421.5L496.3,415.7L486.4,418.3L482.6,420L482.8,424.5L479.9,427.7L468.5,432.8L457.9,432.4L448.3,434.7L444.6,441.6L438.6,443.9L432.5,459.5L433,467.6L430.1,470.9L431,475.9L429.4,485.3L434.5,489.5L428.9,494.7L436.3,497.9L438.6,505.4L434.1,509L428.9,509.3L428.2,514.7L424.9,517.3L427.1,523.7L423.1,525.8L421.3,534.7L432.1,535.8L449,530.1L477.7,556.7L481.4,556.7L483.8,560.6L494.4,556.6L504.3,567.5L514.7,583.8L527,611.3L529.3,625.9L542.9,619.5L567.4,623L590,607.1L604.2,605.2L609.7,607.8L621.7,597.6L623.5,594.1L622.8,588.8L616.2,577L615.9,567.5L618.5,561.5L627.5,554.2L659.7,545.3L663.2,542.4L662.6,538L648.2,525.6L645.9,518.9L654.7,498.8L655.9,475.3L659.2,464.1L670.7,454.9L692.3,455.4Z"/>
<path part="area" class="q-0" d="M609.7,607.8L604.2,605.2L590,607.1L573.4,619.9L566.4,623.2L544,619.5L539.5,620.3L513.8,634.7L490.8,658.7L487,660.6L424.7,660.2L419.9,661.7L412.3,669.3L406.9,699.4L393.6,698.9L392.4,710.7L390.5,712.6L392.7,720.2L390.6,722L410.5,729.2L410.1,716.2L413.1,706.9L421.3,699.9L430.4,697.4L577,696.9L577,673.4L558.7,674.8L558.9,670.4L611.3,609Z"/>
<path part="area" class="q-0" d="M529.3,625.9L527.4,612.7L524.6,605.6L512.1,578.7L501.8,564.3L494.4,556.6L483.8,560.6L481.4,556.7L477.7,556.7L449,530.1L432.1,535.8L420.7,534.7L393.6,541.7L374.7,552.3L355.9,559.4L330.5,575L324.6,583L300.4,595.4L295.3,608L297.2,611.9L302.2,614.9L308.2,622.3L322.3,625.1L331.9,637.1L334.5,634.9L342.6,638.1L348.5,638.3L365.4,633.9L384.7,645.1L389.9,650.9L396.8,669.6L393.6,698.9L406.9,699.4L412.3,669.3L419.9,661.7L424.7,660.2L488.4,660.2L509.8,637.9Z"/>
<path part="area" class="q-0" d="M848,425L835.6,430.1L828.8,427.3L820.7,429.6L813.2,425.4L801.9,437.6L795.9,438.8L789.8,443.3L785.1,443.7L770,434.5L751.6,439.7L735.1,440.3L732,428.7L736.5,425.3L736.4,422L742,413.4L742.2,400.7L735.7,395.1L718.9,403.8L705,416.6L692.3,455.4L670.7,454.9L659.2,464.1L655.9,475.3L654.7,498.8L645.9,518.9L648.2,525.6L662.6,538L663.2,542.4L659.7,545.3L627.5,554.2L618.5,561.5L615.9,567.5L616.2,577L622.8,588.8L623.5,594.1L621.7,597.6L609.7,607.8L615.3,611.2L623,611.3L628.3,610.2L643.5,602L650.9,603.7L654.1,606.9L662.1,629.4L666.6,636L674.3,628L679.4,625.4L703.9,619.2L716.6,614L735.7,613.6L742.6,615.2L759.4,605.9L778,601.4L781.1,598.4L785.8,597.5L820.6,555.4L824,552.7L830.5,551.5L833.9,547.5L846.6,542L858.3,534L865.1,519.5L866.5,507.4L863.7,490.9L857.5,475.5L852.2,470.2L850.6,463.8L848.1,445.4Z"/>
<path part="area" class="q-0" d="M427.9,227.1L456.3,189.8L462.7,187.1L486.1,133.4L514.4,89.8L523.2,73.1L510.4,80.7L499.3,90.4L486.2,87L479.1,91L468.1,93.1L462.9,105.4L454,109.6L442.3,130.1L436.1,136.1L428.2,149.3L413.2,156.8L397.8,186.2L390.6,207.7L383.9,215.2L335.1,252.9L326.4,262L313.2,264L304,269.2L293.2,282.3L278.2,290.3L268,300.7L253.8,302.1L246.6,312.6L247.6,324.7L243,330L233.3,332.7L221.9,331.1L215.1,333.3L202.3,333.8L193.2,346.6L186,351.6L187.6,361.9L186.3,371.4L200,382.9L207.1,391.5L210,400L214.6,404.1L220.6,406.3L221.4,410.6L216.2,415.8L200.8,421.4L199.6,430.3L196.8,435.3L184.8,440.1L172.1,440.7L166.7,447.3L166.5,458.5L161.9,464L150.3,468L142.8,473.1L113.2,474.9L103.7,483.4L85.8,480.7L77.2,481.3L80.1,496.1L73.6,528.4L75,556.2L76.7,562.4L79.9,559.2L82.8,559.5L82,565.6L88.3,568.3L87.1,574.4L101.5,580.3L102.5,587.6L108.7,589.4L110.7,594.1L132.5,598.3L176.3,614.2L176,609.9L186.3,593.5L200.3,586.2L196.5,576.1L197.6,572.8L210.4,580.2L229.2,568.4L234.4,571.3L247.9,572.7L269.6,591.5L285.6,596.4L298.8,597.5L324.6,583L330.5,575L355.9,559.4L374.7,552.3L393.6,541.7L402,540.7L422.4,533.9L423.1,525.8L427.1,523.7L424.9,517.3L428.2,514.7L428.9,509.3L434.1,509L438.6,505.4L436.3,497.9L428.9,494.7L434.5,489.5L429.4,485.3L431,475.9L430.1,470.9L433,467.6L432.8,459.1L423.2,459.8L414.4,455.7L412.3,450.6L391.9,428L382.6,427.8L374.3,432.4L369.8,431.6L373.9,425.1L358.4,408.1L252,464.1L251.6,461.7L262.3,403L399.1,263.4Z"/>
<path part="area" class="q-0" d="M577,340.3L572.5,339.8L566.1,342L555.6,349.1L550.9,347.8L542.7,344.5L534.4,337.5L533.2,339.2L516,331.9L507.1,318.2L491.7,328.9L479,314.2L470.7,312.8L460.3,296.6L451.9,296.4L440.7,287.2L439.8,275.5L444.3,267.7L452.7,259.8L442.3,248.8L438.9,240.7L427.9,227.1L399.1,263.4L262.3,403L255.3,435.9L251.8,463.6L358.4,408.1L373.9,425.1L369.8,431.6L374.3,432.4L382.6,427.8L391.9,428L412.3,450.6L414.4,455.7L426.5,460.1L434.1,457.8L439,443.2L444.6,441.6L448.3,434.7L457.9,432.4L469.4,432.5L481.2,426.7L482.9,419.8L493.8,415.4L497.1,416.2L501.8,421.5L511.2,421.6L512.8,425.7L530.1,422.7L536.6,419L543.7,420.5L545.4,414.5L550.5,408.6L553.9,408.4L557.8,412.7L561.8,404L567.7,404.1L568.7,400.4L574,398.5L573.5,393.3L580.4,391.7L577.1,386.7L580.1,383.1L579.9,375.4L575.5,367.8L574.6,359.7L576,356.3L573.9,350.1Z"/>
<path part="area" class="q-0" d="M1111.2,143.4L1096.5,145.4L1095.5,142.1L1102.1,140.9L1103.7,136.1L1101.9,134.9L1099,138.2L1095,138.6L1092,132.7L1096.7,127.6L1085.1,127L1084.6,124.7L1089.1,121.7L1090.1,118.2L1086.1,117.4L1080.8,107.4L1075.4,108.3L1075.4,115.8L1071.9,114L1068.3,106.4L1064.5,113.7L1059,114.6L1056,111.8L1063,106.1L1063.3,99.4L1060.6,99.6L1059.6,107.4L1055.6,105.7L1054.7,103.5L1049.3,106.1L1044.3,99.8L1039,101.8L1035,98.1L1030.3,103.6L1024.6,104.5L1022.7,102.1L1026.2,96.1L1017,95.2L1011.2,92.7L1012.4,106.1L1000.4,98.7L996.4,98.2L998,112.2L992.9,110.2L990.8,106.3L986.9,106.5L982.5,113.3L978,116.3L977.1,122.3L979.7,127.5L970.6,126.1L969.2,131.6L965.6,131.3L963.1,136L955.3,136.4L953.8,141.9L947.6,140.5L940.7,143.5L941.1,146.4L955.8,152.1L943.5,170.4L944.1,172.8L951.9,175L952.8,177.5L948.7,180.6L934.6,176.8L934.3,185.5L937.6,190.4L934.9,192.8L928.8,193.6L928.2,186.1L913.9,179.2L903.8,196L892.3,198.9L888.4,189.1L885.8,188.1L881.8,196L887.1,197L887.9,199.2L883.7,204.3L877,200.9L869.1,191L865.6,201.7L859.5,202.3L857.2,208L846.1,201.7L827.2,208.3L825.5,206.9L827.5,203.2L824.7,201L816.8,207.5L809.2,197.9L801.4,197L796.8,194.1L792.6,197.3L790.2,197.1L784.3,190.8L778.5,188.2L756.8,198.3L750.5,204.8L731,203.3L729.9,206.8L718.3,213.9L715.3,213.5L713.6,208.5L702.9,210.1L696.3,219.4L681.1,228.9L678.1,234.6L669,243L662.8,243.5L656.3,253L642.1,263.4L627.7,269.1L624.5,277L621.1,278.8L619.2,285.2L620.5,287.3L626,288.5L626.8,292.5L614.2,301.1L615.1,309.3L608.5,309L606.1,314.8L596,320.6L594.7,326.8L591.9,327.5L588.5,325.3L577.5,339.5L573.9,349.1L576,356.3L574.6,359.7L575.5,367.8L579.9,375.4L580.2,382.4L578.3,385.9L588.1,388.1L595.1,400.1L597.6,399.8L607.3,407.7L612.8,408.5L648,394.9L653.2,402L662.9,400.1L676,393.4L682,387.4L684.2,382L705,416.6L725.4,399.2L735.7,395.1L742.2,400.7L742.7,407.4L742,413.4L736.4,422L736.5,425.3L732,428.7L735.1,440.3L751.6,439.7L770,434.5L785.1,443.7L790.9,443.1L795.9,438.8L804.2,435.8L813.2,425.4L820.7,429.6L828.8,427.3L836.4,430L846.9,426.4L851.4,422.9L865.5,424.9L883.7,415.1L887.4,417.3L899.1,414.9L903.3,416.2L908.2,406.8L917.5,405.4L929.4,393.7L937.9,391.8L934.6,385L941.6,386.8L944,384.1L944.5,380.2L949.2,377.8L950.5,372.6L954,372.4L954.8,366.7L959.6,360.6L961.8,349.7L965.2,349.6L972.8,354.2L979.1,346.7L991.4,345.5L990.2,337.2L995.8,342.6L999.4,343.3L999.7,333.8L1005.6,333.6L1006,336L1009.1,333.7L1010.5,331.4L1005.7,329.6L1006.4,325.7L1013.4,319.9L1017.9,311.7L1025.4,308.8L1030.2,299.5L1029.4,288.7L1034.9,287.6L1035.1,284.4L1030.4,273.1L1034,269L1034.3,262.8L1036.7,259.9L1045.6,262.7L1057.7,258.6L1055.7,251L1059,247.7L1059.9,238L1069.5,229.8L1067.8,225L1073.7,222.1L1071.8,212L1073.1,208.3L1086.7,208.3L1093.7,201.8L1100,205.9L1101.2,210.6L1103.4,211.2L1106,200.6L1109.3,201.4L1115.5,199.1L1122.9,184.6L1116.6,184.9L1116,182L1122.4,179.9L1131,171.8L1121,161.8L1115.2,163L1114.4,165.4L1116.5,168.1L1112.5,172L1106.5,166.1L1102.2,164.5L1107,156.2L1114.1,150.8L1114.5,147.2Z"/>
<path part="area" class="q-0" d="M616.5,211.1L592.6,218.2L543.7,205.4L544.1,172.8L545.2,167.7L548.9,164.7L619,133L646.1,69.8L650.3,55.6L644.6,24.1L634.5,0.1L632.6,1L631.3,6.5L626,9L612.9,13.9L585.1,19.3L561.2,38.8L541.6,64.6L523.2,73.1L514.4,89.8L486.1,133.4L462.7,187.1L456.3,189.8L427.9,227.1L438.9,240.7L442.3,248.8L452.7,259.8L441.7,271.5L439.1,279.2L439.9,285.9L451.9,296.4L460.3,296.6L470.7,312.8L479,314.2L491.7,328.9L507.1,318.2L516,331.9L533.2,339.2L534.4,337.5L542.7,344.5L550.9,347.8L555.6,349.1L566.1,342L572.5,339.8L577,340.3L588.5,325.3L591.9,327.5L594.7,326.8L596,320.6L606.1,314.8L608.5,309L615.1,309.3L614.2,301.1L626.8,292.5L626,288.5L620.5,287.3L619.2,285.2L621.1,278.8L624.5,277L627,269.8L642.1,263.4L653.5,254.7L645.2,255L636.3,251.4L630.3,246.1L621.9,248.6L608.1,248L593.9,243.8L606.9,225.8L618.6,222.5Z"/>
<path part="area" class="q-0" d="M543.2,893.6L507,896.2L495.3,894.4L483,883.8L474.8,871.6L467.5,870.4L450.1,879.7L449.3,887L445.1,890.9L445.3,895.5L436.2,905.2L436.7,907.8L441.5,909.2L443.1,911.4L437.7,912.6L433.9,915.6L429.7,911.1L422.4,910.3L416.8,904.9L409.3,909.2L403.2,907L398,911.6L396.6,920.3L389.5,919.9L389.6,924.9L384.3,920.6L377.5,924L375.5,921.5L377.4,914.4L375.6,911.9L372.5,911.6L369.6,919L365.5,913.6L356.5,910.1L355.7,907.2L359.5,901.7L339.6,909.4L336.1,904.4L331,903.7L327.8,907.9L326.7,916.4L320.8,931.6L307.9,940.8L308.4,949.3L307,952.5L299.2,958.8L283.2,960.4L279.6,963.8L272.6,960.2L269.2,961.6L269.6,966.7L278.4,974.5L277.4,977.2L270.3,974.6L268.6,976L269.4,980.1L275.2,983.2L275.9,987.9L274.5,989.9L265,992.5L265.3,994.5L269.4,995.7L261.7,1000.8L262.4,1007.2L252,1008.7L253.6,1016.1L284.9,1024.2L285.2,1026.6L270.9,1043.1L316.9,1050.7L307.7,1060.9L299.2,1082.3L334,1103.7L366.9,1060L403.8,977.1L421.9,985.1L425.8,985.2L466.1,967.9L466.6,972.9L472.5,970.7L475.4,976.3L490.2,969.9L490.7,975.2L493.3,979L497,980.6L501.9,975.1L513.3,971.1L537.5,954.8L548.8,956.2L553.1,959.8L555.2,964.7L578.5,963.5L584.5,968.5L586.2,967.3L583,964.5L587.7,961.2L584.5,956.1L588.7,950.9L592.9,949.3L595.7,940.9L594.4,925L591.4,920.8L594.9,915L593.8,911.1L595,907.9L591.7,903.7L594.2,892.1L576.8,892.2L572.3,884.3L569.2,883.1L557.1,893.2Z"/>
<path part="area" class="q-0" d="M257.1,772.8L254,775.4L254,771L251.1,770.2L245.2,775.6L239.5,776.6L239.8,779.5L228.6,796.5L231.2,799.6L228.8,800.9L225.9,811.6L228.6,816.8L224.8,819L220.7,827.1L214.4,831.8L210.3,832.1L209.4,836.2L202,835.3L201.7,841.9L195.3,845.5L197,848.2L194.9,850.6L196.2,853.6L190.7,857.9L191.3,868L186.7,872.2L189.9,877.4L187.7,893.2L182.7,891.7L180.8,896.2L170.9,898L166.6,896.1L159.2,900L154.9,897.6L152.3,899.7L148.5,898.9L148.4,902.5L143.3,904.9L143.9,913.7L142,924.6L144.9,936.1L144.4,942.3L152.6,959L149.8,976.7L145.1,990.2L135,993.1L132.2,1002L133.1,1007.6L124.2,1009.2L117.1,1015.4L125.4,1020.4L124.5,1023.4L119.8,1023.1L117.4,1027.7L118.7,1031.2L124.1,1033.1L126.5,1036.6L128.9,1034.1L131.1,1034.4L134,1041.5L150.4,1033.5L158.2,1041.2L164.6,1040L163.2,1043.7L165.1,1045.1L170.7,1037.2L178.1,1043.4L191.7,1042.3L201.1,1037.9L206,1039.7L207.3,1046.2L215.1,1047.1L214,1037L222,1043.4L224.6,1042.8L227.7,1038.2L232.3,1037.4L237.1,1045L240.5,1046.9L241.6,1045.6L239.4,1041.5L241.3,1037.6L248.2,1045.5L248.2,1035.6L245.7,1030.2L250.3,1022.7L251.7,1016.4L253.6,1016.1L252,1008.7L262.4,1007.2L261.7,1000.8L269.4,995.7L265.3,994.5L265,992.5L274.5,989.9L275.9,987.9L275.2,983.2L269.4,980.1L268.6,976L270.3,974.6L277.4,977.2L278.4,974.5L269.6,966.7L268.7,962.2L272,960.1L279.6,963.8L283.2,960.4L298.7,958.9L302.7,956.4L308.4,949.3L307.9,940.8L320.8,931.6L329.3,905.3L333.7,903.3L337.8,905.3L326.5,880.3L326.9,847.1L312.5,845.5L310.4,841.8L310.9,837.6L302.8,824.6L268,781.7Z"/>
<path part="area" class="q-0" d="M253.6,1016.1L251.7,1016.4L250.3,1022.7L245.9,1029.1L248.2,1035.6L248.2,1045.5L241.3,1037.6L239.4,1041.5L241.6,1045.6L240.5,1046.9L237.1,1045L232.3,1037.4L227.7,1038.2L224.6,1042.8L222,1043.4L217.2,1038.2L213.2,1037.2L216,1046.1L213.4,1047.3L206,1045.1L204.9,1038.4L197.8,1038.2L191.7,1042.3L178.1,1043.4L170.7,1037.2L166.6,1043.9L162.2,1063.7L157.5,1069.8L157.2,1075L150.8,1077.8L151.3,1083.8L138.4,1085.7L134.5,1083.6L129.4,1076.9L123.4,1076.8L114,1077.5L113.6,1081.8L109.8,1080L106,1083.3L98,1083.6L98.8,1093.6L97.1,1099.2L92,1101L82.3,1113.4L74.7,1119.7L74.3,1127.5L77.8,1131.6L74.7,1133.8L73.8,1137.1L71.2,1135.9L68.9,1140.3L70.2,1147.5L16.6,1189.5L6,1205.3L0.5,1217L9.4,1258.5L13,1259L33.2,1238L52.4,1225.2L88.6,1207.6L110.3,1207.2L135.4,1219.1L180.1,1219.1L197.7,1213.5L202.5,1210.2L207.9,1193.5L211.3,1190.1L216.7,1188.4L223.9,1189L245.1,1128.4L287.7,1116.1L293.7,1094L307.2,1062L316.9,1050.8L270.9,1043.1L285.2,1026.6L284.9,1024.2Z"/>
<path part="area" class="q-0" d="M393.6,698.9L396.8,669.6L388.6,648.9L382.6,643.5L365.4,633.9L358.6,636.9L345.5,638.5L333.4,635.4L331.9,637.1L336.4,641.9L337.9,650.1L319.7,666.6L317.7,686.9L311.9,697.2L302.4,700.9L298.4,706.1L296.4,710.8L297.5,723.5L294.3,724.9L293,736.9L288.4,739.2L281.2,756.4L277.7,757.6L275.4,761.9L270.6,763.5L267,768.3L258.9,768.6L257.1,772.8L268,781.7L302.8,824.6L310.9,837.6L310.4,841.8L312.5,845.5L326.9,847.1L326.5,880.3L339.6,909.4L359.5,901.7L355.7,907.2L358,911.6L365.5,913.6L369.6,919L372.5,911.6L375.6,911.9L377.4,914.4L375.5,920.1L376.5,923.8L384.3,920.6L388.9,925L389.8,919.7L396.6,920.3L398,911.6L403.2,907L409.3,909.2L417.8,904.8L421.5,909.7L429.7,911.1L432.7,915.5L442.3,912L442.5,909.9L436.7,907.8L436.2,905.2L445.3,895.5L445.1,890.9L449.3,887L450.1,879.7L454.9,877.6L450.4,877.3L442.6,882.5L435.4,871.5L423,858.9L422.8,850.3L429.3,838.9L423.8,823.2L422.4,804.8L424.7,786.4L421.8,774.7L420,752.1L427.1,745.6L424.6,740.2L420.2,738.2L415.3,730.9L390.6,722L392.7,720.2L390.5,712.6L392.4,710.7Z"/>
<path part="area" class="q-0" d="M1012.4,631.2L1009.8,619.2L1011.8,619.2L1014.1,612.9L1007.3,597.2L1006,581.6L996.3,568.5L979.6,555.2L975.7,549L967.9,545.4L962.8,537.2L960.8,527.7L958.3,525.5L951.9,526.1L928.9,513.2L922.1,511.1L906.4,509.4L881.5,515.6L870.7,512L866.5,508.6L865.1,519.5L858.3,534L846.6,542L833.9,547.5L830.5,551.5L822.4,553.7L785.8,597.5L781.1,598.4L778,601.4L759.4,605.9L742.6,615.2L735.7,613.6L716.6,614L703.9,619.2L679.4,625.4L674.3,628L666.6,636L675.2,641.6L691.9,674L698.7,671.1L721.2,721.6L719.3,739.1L739.5,735L762.4,724.9L772.6,725.4L775.1,728.6L787.5,734.1L796.5,735.1L797.9,740.2L794.6,743.7L797.8,746L799.5,753.8L806.3,753.5L806.1,747.6L812.6,738.4L850.3,710L854.7,703.2L858.2,687.3L861.9,682.6L865,674.1L881.7,680.6L889.3,687.7L891.5,687.6L896.5,681.7L913,681.7L918.9,685.6L926.6,695.3L945.4,663.6L945.5,653.7L947.3,650L972.5,638.9L985.2,640.6L993,633.5L1003.4,635.6Z"/>
<path part="area" class="q-0" d="M792.4,937.9L783.7,941.8L778.2,947.2L766.7,946.4L748.6,954.6L737.7,948.2L726.1,966.8L699.8,996.4L706.2,1001.6L707.9,1005.5L699.4,1010.2L679.7,1011.8L675.8,1004.8L659.1,1003.1L653.2,1000.7L649.7,996.9L615.5,1003.2L611.3,993L600,986L596.1,981L586.9,977.6L586.4,985.6L581.4,990.8L582.7,994.8L576.9,995.4L578.8,1001.2L575.7,1003.2L579.8,1005.7L575.4,1008.7L579.9,1012.1L573.4,1018.2L578.5,1026.4L576.1,1033.1L579.7,1037.8L580.6,1044.2L587.4,1045.7L588.5,1042.1L591,1041.9L591.6,1045.4L596.5,1050.6L600.1,1062.4L600.5,1072.9L611.4,1075.7L613.5,1078.6L617,1078.4L620.6,1083.2L622.1,1093.2L618.6,1104.4L628.5,1116.6L633.7,1120L630.8,1133.4L639.6,1130.3L647.1,1132.2L655.8,1123L654.3,1132.3L662.7,1140.1L669.8,1139.2L674.6,1147.1L676.9,1144.6L679.9,1146.2L682.3,1144.4L688.3,1144.5L697.9,1147.9L702,1153.1L711.1,1152.6L721.3,1154.8L727.9,1163.2L725.8,1168.2L732.4,1173.2L744.1,1175.9L752.2,1182.3L752.7,1184.6L761,1189.5L770,1180.6L782.4,1176.6L783.2,1170.7L775.7,1161.6L782.6,1162L788.2,1158.9L785.9,1152.1L789.2,1147.9L793.8,1146.1L803.2,1149.1L807,1143.8L809.9,1142.8L816.7,1150.3L821.9,1148.2L825.4,1150.4L833.1,1147.7L835.6,1144.9L833.7,1141.4L838.5,1138.5L829.4,1132.9L829.9,1127.6L836.4,1125.7L836.3,1119.5L842.8,1117.4L843.4,1114.6L848,1115.7L850.2,1114.3L844.8,1111.5L845.5,1108.3L841.7,1102.8L845.3,1097.7L845.5,1094.1L842.5,1089.8L842.3,1084.4L837,1083.8L829.9,1087.1L827.2,1086.3L826.6,1084.1L828.8,1078.5L834.2,1076.1L834.8,1072.4L839.9,1071.5L840.9,1068.4L835.4,1064.8L830.5,1057.2L825,1055.1L817.6,1039.7L816.7,1030.6L820.1,1020.5L813.4,1018.3L811.7,1014.3L807.4,1010.9L805.7,1002.3L801.7,995.7L802.2,991.6L790.1,981L795.3,951.1L791.5,950.5Z"/>
<path part="area" class="q-0" d="M806.3,753.5L799.5,753.8L798.1,752.3L797.8,746L794.6,743.7L797.9,740.2L796.5,735.1L787.5,734.1L775.1,728.6L772,725.3L762.4,724.9L739.5,735L715,739.6L705.3,737.8L694.3,730.3L676.3,731.7L625.7,729.8L599.9,736.5L587.2,736.8L576,732.7L572.5,740.7L573.6,741.6L570.4,744.4L574.5,749.8L574.4,759.4L576.2,765L575.3,772.6L555.7,769.5L554.2,780.1L556.4,780.7L543.2,893.6L557.1,893.2L569.2,883.1L572.3,884.3L576.8,892.2L592.7,892.6L598,888.9L605.2,887L617,877.3L636,878.3L643.5,876.8L646.9,873.8L647.8,867.6L651.4,863.1L670.7,855.9L690.4,853.5L704.1,861.1L708.8,860.9L711.9,855.4L707.4,845.8L708.1,842.4L717.1,836.8L725,838.5L730.3,841.9L732.6,841.4L731.3,834.5L738.8,827L742.1,815.6L757.9,782.3L762.6,777.2L767.9,775.9L781.3,782.6L790.4,780.2L806.1,780.3L807.9,768.5Z"/>
<path part="area" class="q-0" d="M666.6,636L662.1,629.4L654.1,606.9L650.9,603.7L643.5,602L626.4,610.8L615.3,611.2L611.3,609L558.9,670.4L558.7,674.8L577,673.4L576,732.7L587.2,736.8L599.9,736.5L625.7,729.8L676.3,731.7L694.3,730.3L706.4,738.3L719.3,739.1L721.2,721.6L698.7,671.1L691.9,674L675.2,641.6Z"/>
<path part="area" class="q-0" d="M730.3,841.9L725,838.5L717.1,836.8L708.1,842.4L707.4,845.8L711.9,855.4L708.8,860.9L704.1,861.1L690.4,853.5L664.6,857.4L649.8,864.4L646.9,873.8L643.5,876.8L636,878.3L617,877.3L605.2,887L598,888.9L594.2,892.1L591.7,903.7L595,907.9L593.8,911.1L594.9,915L591.4,920.8L594.4,925L595.7,931.7L595.2,945L592.1,950.4L588.7,950.9L584.5,956.1L587.7,961.2L583,964.2L586.3,966.8L583.8,969.4L583.7,973.7L586.9,977.6L596.1,981L600,986L611.3,993L615.5,1003.2L649.7,996.9L653.2,1000.7L659.1,1003.1L675.8,1004.8L679.7,1011.8L699.4,1010.2L707.9,1005.5L706.2,1001.6L699.8,996.4L726.1,966.8L737.7,948.2L720.3,935.9L719.3,928.1L700.9,908.7L703.6,902.5L717.5,887L725.9,872.8L728.6,863.7L726.2,857.7L727.8,854.8L726.7,850Z"/>
<path part="area" class="q-0" d="M761,1189.5L752.7,1184.6L752.2,1182.3L744.1,1175.9L732.4,1173.2L725.8,1168.2L727.9,1163.2L721.3,1154.8L711.1,1152.6L702,1153.1L697.9,1147.9L688.3,1144.5L682.3,1144.4L679.9,1146.2L676.9,1144.6L674.6,1147.1L669.8,1139.2L662.7,1140.1L654.3,1132.3L655.8,1123L647.1,1132.2L639.6,1130.3L630.8,1133.4L622.6,1171.2L620.7,1172.7L535.9,1151.6L522.6,1155.3L506.6,1163.5L460.2,1169.7L450.5,1174.5L442.3,1181.7L428.5,1207.9L425.1,1227.1L420.5,1233.9L412.8,1240.1L424.1,1266.6L431.5,1273.5L434.4,1282.8L420.9,1295.5L412.4,1297.9L409.4,1309.7L449.8,1332.9L466.5,1323L472.9,1315.8L517.9,1310.7L522.6,1311.9L527.7,1314.8L527.9,1330.9L534.6,1340.5L532.6,1347.9L527.5,1354.4L557.3,1357.1L589.2,1353.9L619.9,1374.8L629.4,1379L634.7,1378.8L656,1346.5L664.4,1344L679.6,1335.7L691.1,1325.9L694.7,1317.5L697.5,1292.6L702,1287.9L708.3,1287.6L724.1,1294.5L741.9,1317.6L750.6,1323.4L769,1327.7L779.9,1326.4L789.6,1322.8L787.8,1319L784.1,1316.5L778.2,1318.7L766.1,1316.6L763.6,1309L757.7,1301.4L757.2,1297.5L758.8,1295.3L762.2,1300.5L766.2,1296.6L770.1,1296.4L768.5,1290.5L764.9,1289.2L763.8,1285.1L760.1,1284.8L758.8,1282.2L763.2,1275L761.7,1269.5L768.9,1268.7L771.2,1266.7L767.1,1259.1L775.4,1254.6L779.3,1246.1L778.7,1243.5L775.6,1241.7L764.5,1241.1L762.5,1237.4L762.7,1230.3L757.9,1225.7L756.5,1214.8L765.2,1212L766.5,1209.8L760.6,1203.4L756.6,1195.2Z"/>
<path part="area" class="q-0" d="M584.5,968.5L578.5,963.5L555.2,964.7L553.1,959.8L548.8,956.2L537.5,954.8L513.3,971.1L501.9,975.1L497,980.6L493.3,979L490.7,975.2L490.2,969.9L475.4,976.3L472.5,970.7L466.6,972.9L466.1,967.9L425.8,985.2L421.9,985.1L403.8,977.1L366.9,1060L334,1103.7L299.2,1082.3L293.7,1094L287.1,1116.7L245.1,1128.4L223.9,1189L254.1,1194L308.7,1193.5L309,1161.6L331.6,1163.7L343.3,1158.3L352.8,1157.2L359,1161.5L370.8,1155.4L365.2,1146.3L365.1,1143L368.1,1142.6L373.5,1137.9L380.2,1139.5L387.8,1136.6L388.8,1132.6L395.9,1124.7L401.5,1120.5L410.5,1118.4L414,1110.8L416.4,1109.8L415,1106.1L423,1097.7L426,1091.7L429.3,1095L434.2,1091.9L442.1,1100.5L447.3,1095.4L454.3,1095.7L460.5,1074.7L466.1,1072.5L464,1065.6L469.2,1059.6L473.5,1062.4L484.5,1060.4L487.5,1055.5L490.2,1057.1L494.6,1054.7L500.3,1055.2L525.7,1039.6L538.3,1029.5L549.5,1024.8L566.6,1022.2L572.3,1019.3L579.8,1012.8L575.4,1008.7L579.8,1005.7L575.7,1003.2L578.8,1001.2L576.9,995.4L582.3,995.5L581.9,989.7L586.8,984.3L586.6,976.4L583.5,972.7Z"/>
<path part="area" class="q-0" d="M223.9,1189L216.7,1188.4L209.2,1191.7L204.2,1208L197.7,1213.5L180.1,1219.1L146.8,1219.3L147.1,1232.7L153.7,1246L156.4,1267.4L160.9,1270L169.3,1268.8L173.2,1274.4L178.6,1271.7L177.7,1275.6L181.5,1276.9L182.4,1280L186.1,1278.6L191.2,1281.7L187.5,1284.1L188.9,1287.4L187.3,1290.7L188.9,1293.5L187.3,1301.8L190.5,1306.9L189.2,1311.5L192.7,1313.7L193.5,1316.5L200.2,1318.5L198.4,1324.1L205.8,1337.9L201.8,1338.9L201.2,1343L197,1345L203,1350.2L206.8,1350.8L209.3,1347L215.1,1345.2L216.1,1346.3L213.5,1351L217.6,1351.6L225.5,1344.6L224.9,1342.3L229.1,1336.6L233.6,1335.2L241.1,1341L250.8,1344.6L254.6,1341.7L257.6,1343.4L260.5,1342.4L263.5,1339.1L264.9,1341.6L270.3,1342.5L267.2,1344.7L268.7,1346.9L273.7,1344.3L277.8,1345.4L279.5,1342.1L280.9,1345.6L287,1344L290.9,1350.3L287.4,1355.5L287.7,1359.7L296.8,1357.6L306.8,1351.5L319.5,1347.1L323.5,1343.6L332.4,1341.3L336.1,1346.5L330.4,1357.7L329,1363.5L330.2,1370.7L363.1,1393.5L390.3,1400.6L402.8,1399.2L409.3,1390.5L416,1387.2L423.6,1379.4L434,1377.3L439.1,1391.2L437.4,1435.1L439,1448.2L442.5,1453.1L454,1445.4L460.2,1423.5L470.7,1403L489.8,1397.9L512.7,1396.2L515.4,1394.3L516.3,1382.2L503.4,1367.8L501.9,1364L505.5,1358.8L519.2,1354.6L527.5,1354.4L532.6,1347.9L534.6,1340.5L527.9,1330.9L526.9,1314L517.9,1310.7L472.9,1315.8L466.5,1323L449.8,1332.9L409.4,1309.7L412.4,1297.9L420.9,1295.5L434.4,1282.8L431.5,1273.5L424.1,1266.6L412.8,1240.1L389.2,1252.3L383.8,1252.8L374.8,1249.3L370.1,1240.9L360,1205.4L352.8,1195.9L331.3,1193.4L254.1,1194Z"/>
<path part="area" class="q-0" d="M630.8,1133.4L633.7,1120L628.5,1116.6L618.6,1104.4L622.1,1093.2L620.6,1083.2L617,1078.4L613.5,1078.6L611.4,1075.7L600.5,1072.9L600.1,1062.4L596.5,1050.6L591.6,1045.4L591,1041.9L588.5,1042.1L587.4,1045.7L580.6,1044.2L579.7,1037.8L576.1,1033.1L578.3,1025.8L573.4,1018.2L566.6,1022.2L549.5,1024.8L538.3,1029.5L525.7,1039.6L500.3,1055.2L494.6,1054.7L490.2,1057.1L487.5,1055.5L484.5,1060.4L473.5,1062.4L469.2,1059.6L464,1065.6L466.1,1072.5L460.5,1074.7L454.3,1095.7L447.3,1095.4L442.1,1100.5L434.2,1091.9L429.3,1095L426,1091.7L423,1097.7L415,1106.1L416.4,1109.8L414,1110.8L410.5,1118.4L401.5,1120.5L395.9,1124.7L388.8,1132.6L387.8,1136.6L380.2,1139.5L373.5,1137.9L368.1,1142.6L365.1,1143L365.2,1146.3L370.8,1155.4L359,1161.5L352.8,1157.2L343.3,1158.3L331.6,1163.7L309,1161.6L308.7,1193.5L342.2,1193.7L354.5,1197.1L360,1205.4L371.6,1245.2L376.8,1250.6L383.8,1252.8L389.2,1252.3L415,1239L420.5,1233.9L426.3,1224.4L428.5,1207.9L438.4,1188.3L446,1177.7L457.7,1170.8L465.9,1168.1L506.6,1163.5L522.6,1155.3L535.9,1151.6L620.7,1172.7L622.6,1171.2Z"/>
</g>
<text class="area-label" x="117.9" y="96.1">Banjarsari</text>
</svg>
<svg xmlns="http://www.w3.org/2000/svg" class="layer overlay" aria-hidden="true" viewBox="0 0 328 260">
<g class="scale" transform="translate(8 250)">
<path d="M0 -5V0H85.33603743489722V-5"/>
<text y="0" x="90.33603743489722">5 km</text>
</g>
</svg>`;
/* end snapshot map 360 kelurahan */

snapshots["map 800 kelurahan"] = 
`aria-label: Titik akses internet publik Pemerintah Kota Metro: 314 titik · 90 % daring · 4.000 Mbps. Panah menggeser peta; + dan − memperbesar dan memperkecil; 0 kembali ke tampilan awal. Tab menuju daftar yang terlihat.
<svg xmlns="http://www.w3.org/2000/svg" viewBox="-6 -6 12 12" aria-hidden="true" class="swatch st-0">
<path d="M-4.5 0a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0"/>
</svg>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="-6 -6 12 12" aria-hidden="true" class="swatch st-1">
<path d="M-3.8-3.8h7.6v7.6h-7.6Z"/>
</svg>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="-6 -6 12 12" aria-hidden="true" class="swatch st-2">
<path d="M0-5L4.5 3.4H-4.5Z"/>
</svg>
<svg xmlns="http://www.w3.org/2000/svg" class="layer" aria-hidden="true" viewBox="0 0 768 553">
<g transform="matrix(0.364071 0 0 0.364071 178.01 11.96)">
<path part="area" class="q-0" d="M577,696.9L430.4,697.4L421.3,699.9L413.1,706.9L410.1,716.2L410.5,729.2L415.3,730.9L420.2,738.2L424.6,740.2L427.1,745.6L420,752.1L421.8,774.7L424.7,786.4L422.4,804.8L423.8,823.2L429.3,838.9L422.8,850.3L422.7,857.8L435.4,871.5L442.6,882.5L450.4,877.3L454.9,877.6L462.2,872.1L471.7,870.5L474.8,871.6L483,883.8L495.3,894.4L504.1,896.2L543.2,893.6L556.4,780.7L554.2,780.1L555.7,769.5L575.3,772.6L575.8,769.8L574.5,749.8L570.4,744.4L573.6,741.6L572.5,740.7L576.7,731Z"/>
<path part="area" class="q-0" d="M705,416.6L684.2,382L682,387.4L676,393.4L662.9,400.1L653.2,402L648,394.9L612.8,408.5L607.3,407.7L597.6,399.8L595.1,400.1L588.1,388.1L578.3,385.9L577.2,387.4L580.4,391.7L573.5,393.3L573.5,399.2L568.7,400.4L567.1,404.4L561.8,404L557.8,412.7L553.9,408.4L550.5,408.6L545.4,414.5L543.7,420.5L536.6,419L530.1,422.7L513.4,425.7L511.2,421.6L501.8,421.5L496.3,415.7L486.4,418.3L482.6,420L482.8,424.5L479.9,427.7L468.5,432.8L457.9,432.4L448.3,434.7L444.6,441.6L438.6,443.9L432.5,459.5L433,467.6L430.1,470.9L431,475.9L429.4,485.3L434.5,489.5L428.9,494.7L436.3,497.9L438.6,505.4L434.1,509L428.9,509.3L428.2,514.7L424.9,517.3L427.1,523.7L423.1,525.8L421.3,534.7L432.1,535.8L449,530.1L477.7,556.7L481.4,556.7L483.8,560.6L494.4,556.6L504.3,567.5L514.7,583.8L527,611.3L529.3,625.9L542.9,619.5L567.4,623L590,607.1L604.2,605.2L609.7,607.8L621.7,597.6L623.5,594.1L622.8,588.8L616.2,577L615.9,567.5L618.5,561.5L627.5,554.2L659.7,545.3L663.2,542.4L662.6,538L648.2,525.6L645.9,518.9L654.7,498.8L655.9,475.3L659.2,464.1L670.7,454.9L692.3,455.4Z"/>
<path part="area" class="q-0" d="M609.7,607.8L604.2,605.2L590,607.1L573.4,619.9L566.4,623.2L544,619.5L539.5,620.3L513.8,634.7L490.8,658.7L487,660.6L424.7,660.2L419.9,661.7L412.3,669.3L406.9,699.4L393.6,698.9L392.4,710.7L390.5,712.6L392.7,720.2L390.6,722L410.5,729.2L410.1,716.2L413.1,706.9L421.3,699.9L430.4,697.4L577,696.9L577,673.4L558.7,674.8L558.9,670.4L611.3,609Z"/>
<path part="area" class="q-0" d="M529.3,625.9L527.4,612.7L524.6,605.6L512.1,578.7L501.8,564.3L494.4,556.6L483.8,560.6L481.4,556.7L477.7,556.7L449,530.1L432.1,535.8L420.7,534.7L393.6,541.7L374.7,552.3L355.9,559.4L330.5,575L324.6,583L300.4,595.4L295.3,608L297.2,611.9L302.2,614.9L308.2,622.3L322.3,625.1L331.9,637.1L334.5,634.9L342.6,638.1L348.5,638.3L365.4,633.9L384.7,645.1L389.9,650.9L396.8,669.6L393.6,698.9L406.9,699.4L412.3,669.3L419.9,661.7L424.7,660.2L488.4,660.2L509.8,637.9Z"/>
<path part="area" class="q-0" d="M848,425L835.6,430.1L828.8,427.3L820.7,429.6L813.2,425.4L801.9,437.6L795.9,438.8L789.8,443.3L785.1,443.7L770,434.5L751.6,439.7L735.1,440.3L732,428.7L736.5,425.3L736.4,422L742,413.4L742.2,400.7L735.7,395.1L718.9,403.8L705,416.6L692.3,455.4L670.7,454.9L659.2,464.1L655.9,475.3L654.7,498.8L645.9,518.9L648.2,525.6L662.6,538L663.2,542.4L659.7,545.3L627.5,554.2L618.5,561.5L615.9,567.5L616.2,577L622.8,588.8L623.5,594.1L621.7,597.6L609.7,607.8L615.3,611.2L623,611.3L628.3,610.2L643.5,602L650.9,603.7L654.1,606.9L662.1,629.4L666.6,636L674.3,628L679.4,625.4L703.9,619.2L716.6,614L735.7,613.6L742.6,615.2L759.4,605.9L778,601.4L781.1,598.4L785.8,597.5L820.6,555.4L824,552.7L830.5,551.5L833.9,547.5L846.6,542L858.3,534L865.1,519.5L866.5,507.4L863.7,490.9L857.5,475.5L852.2,470.2L850.6,463.8L848.1,445.4Z"/>
<path part="area" class="q-0" d="M427.9,227.1L456.3,189.8L462.7,187.1L486.1,133.4L514.4,89.8L523.2,73.1L510.4,80.7L499.3,90.4L486.2,87L479.1,91L468.1,93.1L462.9,105.4L454,109.6L442.3,130.1L436.1,136.1L428.2,149.3L413.2,156.8L397.8,186.2L390.6,207.7L383.9,215.2L335.1,252.9L326.4,262L313.2,264L304,269.2L293.2,282.3L278.2,290.3L268,300.7L253.8,302.1L246.6,312.6L247.6,324.7L243,330L233.3,332.7L221.9,331.1L215.1,333.3L202.3,333.8L193.2,346.6L186,351.6L187.6,361.9L186.3,371.4L200,382.9L207.1,391.5L210,400L214.6,404.1L220.6,406.3L221.4,410.6L216.2,415.8L200.8,421.4L199.6,430.3L196.8,435.3L184.8,440.1L172.1,440.7L166.7,447.3L166.5,458.5L161.9,464L150.3,468L142.8,473.1L113.2,474.9L103.7,483.4L85.8,480.7L77.2,481.3L80.1,496.1L73.6,528.4L75,556.2L76.7,562.4L79.9,559.2L82.8,559.5L82,565.6L88.3,568.3L87.1,574.4L101.5,580.3L102.5,587.6L108.7,589.4L110.7,594.1L132.5,598.3L176.3,614.2L176,609.9L186.3,593.5L200.3,586.2L196.5,576.1L197.6,572.8L210.4,580.2L229.2,568.4L234.4,571.3L247.9,572.7L269.6,591.5L285.6,596.4L298.8,597.5L324.6,583L330.5,575L355.9,559.4L374.7,552.3L393.6,541.7L402,540.7L422.4,533.9L423.1,525.8L427.1,523.7L424.9,517.3L428.2,514.7L428.9,509.3L434.1,509L438.6,505.4L436.3,497.9L428.9,494.7L434.5,489.5L429.4,485.3L431,475.9L430.1,470.9L433,467.6L432.8,459.1L423.2,459.8L414.4,455.7L412.3,450.6L391.9,428L382.6,427.8L374.3,432.4L369.8,431.6L373.9,425.1L358.4,408.1L252,464.1L251.6,461.7L262.3,403L399.1,263.4Z"/>
<path part="area" class="q-0" d="M577,340.3L572.5,339.8L566.1,342L555.6,349.1L550.9,347.8L542.7,344.5L534.4,337.5L533.2,339.2L516,331.9L507.1,318.2L491.7,328.9L479,314.2L470.7,312.8L460.3,296.6L451.9,296.4L440.7,287.2L439.8,275.5L444.3,267.7L452.7,259.8L442.3,248.8L438.9,240.7L427.9,227.1L399.1,263.4L262.3,403L255.3,435.9L251.8,463.6L358.4,408.1L373.9,425.1L369.8,431.6L374.3,432.4L382.6,427.8L391.9,428L412.3,450.6L414.4,455.7L426.5,460.1L434.1,457.8L439,443.2L444.6,441.6L448.3,434.7L457.9,432.4L469.4,432.5L481.2,426.7L482.9,419.8L493.8,415.4L497.1,416.2L501.8,421.5L511.2,421.6L512.8,425.7L530.1,422.7L536.6,419L543.7,420.5L545.4,414.5L550.5,408.6L553.9,408.4L557.8,412.7L561.8,404L567.7,404.1L568.7,400.4L574,398.5L573.5,393.3L580.4,391.7L577.1,386.7L580.1,383.1L579.9,375.4L575.5,367.8L574.6,359.7L576,356.3L573.9,350.1Z"/>
<path part="area" class="q-0" d="M1111.2,143.4L1096.5,145.4L1095.5,142.1L1102.1,140.9L1103.7,136.1L1101.9,134.9L1099,138.2L1095,138.6L1092,132.7L1096.7,127.6L1085.1,127L1084.6,124.7L1089.1,121.7L1090.1,118.2L1086.1,117.4L1080.8,107.4L1075.4,108.3L1075.4,115.8L1071.9,114L1068.3,106.4L1064.5,113.7L1059,114.6L1056,111.8L1063,106.1L1063.3,99.4L1060.6,99.6L1059.6,107.4L1055.6,105.7L1054.7,103.5L1049.3,106.1L1044.3,99.8L1039,101.8L1035,98.1L1030.3,103.6L1024.6,104.5L1022.7,102.1L1026.2,96.1L1017,95.2L1011.2,92.7L1012.4,106.1L1000.4,98.7L996.4,98.2L998,112.2L992.9,110.2L990.8,106.3L986.9,106.5L982.5,113.3L978,116.3L977.1,122.3L979.7,127.5L970.6,126.1L969.2,131.6L965.6,131.3L963.1,136L955.3,136.4L953.8,141.9L947.6,140.5L940.7,143.5L941.1,146.4L955.8,152.1L943.5,170.4L944.1,172.8L951.9,175L952.8,177.5L948.7,180.6L934.6,176.8L934.3,185.5L937.6,190.4L934.9,192.8L928.8,193.6L928.2,186.1L913.9,179.2L903.8,196L892.3,198.9L888.4,189.1L885.8,188.1L881.8,196L887.1,197L887.9,199.2L883.7,204.3L877,200.9L869.1,191L865.6,201.7L859.5,202.3L857.2,208L846.1,201.7L827.2,208.3L825.5,206.9L827.5,203.2L824.7,201L816.8,207.5L809.2,197.9L801.4,197L796.8,194.1L792.6,197.3L790.2,197.1L784.3,190.8L778.5,188.2L756.8,198.3L750.5,204.8L731,203.3L729.9,206.8L718.3,213.9L715.3,213.5L713.6,208.5L702.9,210.1L696.3,219.4L681.1,228.9L678.1,234.6L669,243L662.8,243.5L656.3,253L642.1,263.4L627.7,269.1L624.5,277L621.1,278.8L619.2,285.2L620.5,287.3L626,288.5L626.8,292.5L614.2,301.1L615.1,309.3L608.5,309L606.1,314.8L596,320.6L594.7,326.8L591.9,327.5L588.5,325.3L577.5,339.5L573.9,349.1L576,356.3L574.6,359.7L575.5,367.8L579.9,375.4L580.2,382.4L578.3,385.9L588.1,388.1L595.1,400.1L597.6,399.8L607.3,407.7L612.8,408.5L648,394.9L653.2,402L662.9,400.1L676,393.4L682,387.4L684.2,382L705,416.6L725.4,399.2L735.7,395.1L742.2,400.7L742.7,407.4L742,413.4L736.4,422L736.5,425.3L732,428.7L735.1,440.3L751.6,439.7L770,434.5L785.1,443.7L790.9,443.1L795.9,438.8L804.2,435.8L813.2,425.4L820.7,429.6L828.8,427.3L836.4,430L846.9,426.4L851.4,422.9L865.5,424.9L883.7,415.1L887.4,417.3L899.1,414.9L903.3,416.2L908.2,406.8L917.5,405.4L929.4,393.7L937.9,391.8L934.6,385L941.6,386.8L944,384.1L944.5,380.2L949.2,377.8L950.5,372.6L954,372.4L954.8,366.7L959.6,360.6L961.8,349.7L965.2,349.6L972.8,354.2L979.1,346.7L991.4,345.5L990.2,337.2L995.8,342.6L999.4,343.3L999.7,333.8L1005.6,333.6L1006,336L1009.1,333.7L1010.5,331.4L1005.7,329.6L1006.4,325.7L1013.4,319.9L1017.9,311.7L1025.4,308.8L1030.2,299.5L1029.4,288.7L1034.9,287.6L1035.1,284.4L1030.4,273.1L1034,269L1034.3,262.8L1036.7,259.9L1045.6,262.7L1057.7,258.6L1055.7,251L1059,247.7L1059.9,238L1069.5,229.8L1067.8,225L1073.7,222.1L1071.8,212L1073.1,208.3L1086.7,208.3L1093.7,201.8L1100,205.9L1101.2,210.6L1103.4,211.2L1106,200.6L1109.3,201.4L1115.5,199.1L1122.9,184.6L1116.6,184.9L1116,182L1122.4,179.9L1131,171.8L1121,161.8L1115.2,163L1114.4,165.4L1116.5,168.1L1112.5,172L1106.5,166.1L1102.2,164.5L1107,156.2L1114.1,150.8L1114.5,147.2Z"/>
<path part="area" class="q-0" d="M616.5,211.1L592.6,218.2L543.7,205.4L544.1,172.8L545.2,167.7L548.9,164.7L619,133L646.1,69.8L650.3,55.6L644.6,24.1L634.5,0.1L632.6,1L631.3,6.5L626,9L612.9,13.9L585.1,19.3L561.2,38.8L541.6,64.6L523.2,73.1L514.4,89.8L486.1,133.4L462.7,187.1L456.3,189.8L427.9,227.1L438.9,240.7L442.3,248.8L452.7,259.8L441.7,271.5L439.1,279.2L439.9,285.9L451.9,296.4L460.3,296.6L470.7,312.8L479,314.2L491.7,328.9L507.1,318.2L516,331.9L533.2,339.2L534.4,337.5L542.7,344.5L550.9,347.8L555.6,349.1L566.1,342L572.5,339.8L577,340.3L588.5,325.3L591.9,327.5L594.7,326.8L596,320.6L606.1,314.8L608.5,309L615.1,309.3L614.2,301.1L626.8,292.5L626,288.5L620.5,287.3L619.2,285.2L621.1,278.8L624.5,277L627,269.8L642.1,263.4L653.5,254.7L645.2,255L636.3,251.4L630.3,246.1L621.9,248.6L608.1,248L593.9,243.8L606.9,225.8L618.6,222.5Z"/>
<path part="area" class="q-0" d="M543.2,893.6L507,896.2L495.3,894.4L483,883.8L474.8,871.6L467.5,870.4L450.1,879.7L449.3,887L445.1,890.9L445.3,895.5L436.2,905.2L436.7,907.8L441.5,909.2L443.1,911.4L437.7,912.6L433.9,915.6L429.7,911.1L422.4,910.3L416.8,904.9L409.3,909.2L403.2,907L398,911.6L396.6,920.3L389.5,919.9L389.6,924.9L384.3,920.6L377.5,924L375.5,921.5L377.4,914.4L375.6,911.9L372.5,911.6L369.6,919L365.5,913.6L356.5,910.1L355.7,907.2L359.5,901.7L339.6,909.4L336.1,904.4L331,903.7L327.8,907.9L326.7,916.4L320.8,931.6L307.9,940.8L308.4,949.3L307,952.5L299.2,958.8L283.2,960.4L279.6,963.8L272.6,960.2L269.2,961.6L269.6,966.7L278.4,974.5L277.4,977.2L270.3,974.6L268.6,976L269.4,980.1L275.2,983.2L275.9,987.9L274.5,989.9L265,992.5L265.3,994.5L269.4,995.7L261.7,1000.8L262.4,1007.2L252,1008.7L253.6,1016.1L284.9,1024.2L285.2,1026.6L270.9,1043.1L316.9,1050.7L307.7,1060.9L299.2,1082.3L334,1103.7L366.9,1060L403.8,977.1L421.9,985.1L425.8,985.2L466.1,967.9L466.6,972.9L472.5,970.7L475.4,976.3L490.2,969.9L490.7,975.2L493.3,979L497,980.6L501.9,975.1L513.3,971.1L537.5,954.8L548.8,956.2L553.1,959.8L555.2,964.7L578.5,963.5L584.5,968.5L586.2,967.3L583,964.5L587.7,961.2L584.5,956.1L588.7,950.9L592.9,949.3L595.7,940.9L594.4,925L591.4,920.8L594.9,915L593.8,911.1L595,907.9L591.7,903.7L594.2,892.1L576.8,892.2L572.3,884.3L569.2,883.1L557.1,893.2Z"/>
<path part="area" class="q-0" d="M257.1,772.8L254,775.4L254,771L251.1,770.2L245.2,775.6L239.5,776.6L239.8,779.5L228.6,796.5L231.2,799.6L228.8,800.9L225.9,811.6L228.6,816.8L224.8,819L220.7,827.1L214.4,831.8L210.3,832.1L209.4,836.2L202,835.3L201.7,841.9L195.3,845.5L197,848.2L194.9,850.6L196.2,853.6L190.7,857.9L191.3,868L186.7,872.2L189.9,877.4L187.7,893.2L182.7,891.7L180.8,896.2L170.9,898L166.6,896.1L159.2,900L154.9,897.6L152.3,899.7L148.5,898.9L148.4,902.5L143.3,904.9L143.9,913.7L142,924.6L144.9,936.1L144.4,942.3L152.6,959L149.8,976.7L145.1,990.2L135,993.1L132.2,1002L133.1,1007.6L124.2,1009.2L117.1,1015.4L125.4,1020.4L124.5,1023.4L119.8,1023.1L117.4,1027.7L118.7,1031.2L124.1,1033.1L126.5,1036.6L128.9,1034.1L131.1,1034.4L134,1041.5L150.4,1033.5L158.2,1041.2L164.6,1040L163.2,1043.7L165.1,1045.1L170.7,1037.2L178.1,1043.4L191.7,1042.3L201.1,1037.9L206,1039.7L207.3,1046.2L215.1,1047.1L214,1037L222,1043.4L224.6,1042.8L227.7,1038.2L232.3,1037.4L237.1,1045L240.5,1046.9L241.6,1045.6L239.4,1041.5L241.3,1037.6L248.2,1045.5L248.2,1035.6L245.7,1030.2L250.3,1022.7L251.7,1016.4L253.6,1016.1L252,1008.7L262.4,1007.2L261.7,1000.8L269.4,995.7L265.3,994.5L265,992.5L274.5,989.9L275.9,987.9L275.2,983.2L269.4,980.1L268.6,976L270.3,974.6L277.4,977.2L278.4,974.5L269.6,966.7L268.7,962.2L272,960.1L279.6,963.8L283.2,960.4L298.7,958.9L302.7,956.4L308.4,949.3L307.9,940.8L320.8,931.6L329.3,905.3L333.7,903.3L337.8,905.3L326.5,880.3L326.9,847.1L312.5,845.5L310.4,841.8L310.9,837.6L302.8,824.6L268,781.7Z"/>
<path part="area" class="q-0" d="M253.6,1016.1L251.7,1016.4L250.3,1022.7L245.9,1029.1L248.2,1035.6L248.2,1045.5L241.3,1037.6L239.4,1041.5L241.6,1045.6L240.5,1046.9L237.1,1045L232.3,1037.4L227.7,1038.2L224.6,1042.8L222,1043.4L217.2,1038.2L213.2,1037.2L216,1046.1L213.4,1047.3L206,1045.1L204.9,1038.4L197.8,1038.2L191.7,1042.3L178.1,1043.4L170.7,1037.2L166.6,1043.9L162.2,1063.7L157.5,1069.8L157.2,1075L150.8,1077.8L151.3,1083.8L138.4,1085.7L134.5,1083.6L129.4,1076.9L123.4,1076.8L114,1077.5L113.6,1081.8L109.8,1080L106,1083.3L98,1083.6L98.8,1093.6L97.1,1099.2L92,1101L82.3,1113.4L74.7,1119.7L74.3,1127.5L77.8,1131.6L74.7,1133.8L73.8,1137.1L71.2,1135.9L68.9,1140.3L70.2,1147.5L16.6,1189.5L6,1205.3L0.5,1217L9.4,1258.5L13,1259L33.2,1238L52.4,1225.2L88.6,1207.6L110.3,1207.2L135.4,1219.1L180.1,1219.1L197.7,1213.5L202.5,1210.2L207.9,1193.5L211.3,1190.1L216.7,1188.4L223.9,1189L245.1,1128.4L287.7,1116.1L293.7,1094L307.2,1062L316.9,1050.8L270.9,1043.1L285.2,1026.6L284.9,1024.2Z"/>
<path part="area" class="q-0" d="M393.6,698.9L396.8,669.6L388.6,648.9L382.6,643.5L365.4,633.9L358.6,636.9L345.5,638.5L333.4,635.4L331.9,637.1L336.4,641.9L337.9,650.1L319.7,666.6L317.7,686.9L311.9,697.2L302.4,700.9L298.4,706.1L296.4,710.8L297.5,723.5L294.3,724.9L293,736.9L288.4,739.2L281.2,756.4L277.7,757.6L275.4,761.9L270.6,763.5L267,768.3L258.9,768.6L257.1,772.8L268,781.7L302.8,824.6L310.9,837.6L310.4,841.8L312.5,845.5L326.9,847.1L326.5,880.3L339.6,909.4L359.5,901.7L355.7,907.2L358,911.6L365.5,913.6L369.6,919L372.5,911.6L375.6,911.9L377.4,914.4L375.5,920.1L376.5,923.8L384.3,920.6L388.9,925L389.8,919.7L396.6,920.3L398,911.6L403.2,907L409.3,909.2L417.8,904.8L421.5,909.7L429.7,911.1L432.7,915.5L442.3,912L442.5,909.9L436.7,907.8L436.2,905.2L445.3,895.5L445.1,890.9L449.3,887L450.1,879.7L454.9,877.6L450.4,877.3L442.6,882.5L435.4,871.5L423,858.9L422.8,850.3L429.3,838.9L423.8,823.2L422.4,804.8L424.7,786.4L421.8,774.7L420,752.1L427.1,745.6L424.6,740.2L420.2,738.2L415.3,730.9L390.6,722L392.7,720.2L390.5,712.6L392.4,710.7Z"/>
<path part="area" class="q-0" d="M1012.4,631.2L1009.8,619.2L1011.8,619.2L1014.1,612.9L1007.3,597.2L1006,581.6L996.3,568.5L979.6,555.2L975.7,549L967.9,545.4L962.8,537.2L960.8,527.7L958.3,525.5L951.9,526.1L928.9,513.2L922.1,511.1L906.4,509.4L881.5,515.6L870.7,512L866.5,508.6L865.1,519.5L858.3,534L846.6,542L833.9,547.5L830.5,551.5L822.4,553.7L785.8,597.5L781.1,598.4L778,601.4L759.4,605.9L742.6,615.2L735.7,613.6L716.6,614L703.9,619.2L679.4,625.4L674.3,628L666.6,636L675.2,641.6L691.9,674L698.7,671.1L721.2,721.6L719.3,739.1L739.5,735L762.4,724.9L772.6,725.4L775.1,728.6L787.5,734.1L796.5,735.1L797.9,740.2L794.6,743.7L797.8,746L799.5,753.8L806.3,753.5L806.1,747.6L812.6,738.4L850.3,710L854.7,703.2L858.2,687.3L861.9,682.6L865,674.1L881.7,680.6L889.3,687.7L891.5,687.6L896.5,681.7L913,681.7L918.9,685.6L926.6,695.3L945.4,663.6L945.5,653.7L947.3,650L972.5,638.9L985.2,640.6L993,633.5L1003.4,635.6Z"/>
<path part="area" class="q-0" d="M792.4,937.9L783.7,941.8L778.2,947.2L766.7,946.4L748.6,954.6L737.7,948.2L726.1,966.8L699.8,996.4L706.2,1001.6L707.9,1005.5L699.4,1010.2L679.7,1011.8L675.8,1004.8L659.1,1003.1L653.2,1000.7L649.7,996.9L615.5,1003.2L611.3,993L600,986L596.1,981L586.9,977.6L586.4,985.6L581.4,990.8L582.7,994.8L576.9,995.4L578.8,1001.2L575.7,1003.2L579.8,1005.7L575.4,1008.7L579.9,1012.1L573.4,1018.2L578.5,1026.4L576.1,1033.1L579.7,1037.8L580.6,1044.2L587.4,1045.7L588.5,1042.1L591,1041.9L591.6,1045.4L596.5,1050.6L600.1,1062.4L600.5,1072.9L611.4,1075.7L613.5,1078.6L617,1078.4L620.6,1083.2L622.1,1093.2L618.6,1104.4L628.5,1116.6L633.7,1120L630.8,1133.4L639.6,1130.3L647.1,1132.2L655.8,1123L654.3,1132.3L662.7,1140.1L669.8,1139.2L674.6,1147.1L676.9,1144.6L679.9,1146.2L682.3,1144.4L688.3,1144.5L697.9,1147.9L702,1153.1L711.1,1152.6L721.3,1154.8L727.9,1163.2L725.8,1168.2L732.4,1173.2L744.1,1175.9L752.2,1182.3L752.7,1184.6L761,1189.5L770,1180.6L782.4,1176.6L783.2,1170.7L775.7,1161.6L782.6,1162L788.2,1158.9L785.9,1152.1L789.2,1147.9L793.8,1146.1L803.2,1149.1L807,1143.8L809.9,1142.8L816.7,1150.3L821.9,1148.2L825.4,1150.4L833.1,1147.7L835.6,1144.9L833.7,1141.4L838.5,1138.5L829.4,1132.9L829.9,1127.6L836.4,1125.7L836.3,1119.5L842.8,1117.4L843.4,1114.6L848,1115.7L850.2,1114.3L844.8,1111.5L845.5,1108.3L841.7,1102.8L845.3,1097.7L845.5,1094.1L842.5,1089.8L842.3,1084.4L837,1083.8L829.9,1087.1L827.2,1086.3L826.6,1084.1L828.8,1078.5L834.2,1076.1L834.8,1072.4L839.9,1071.5L840.9,1068.4L835.4,1064.8L830.5,1057.2L825,1055.1L817.6,1039.7L816.7,1030.6L820.1,1020.5L813.4,1018.3L811.7,1014.3L807.4,1010.9L805.7,1002.3L801.7,995.7L802.2,991.6L790.1,981L795.3,951.1L791.5,950.5Z"/>
<path part="area" class="q-0" d="M806.3,753.5L799.5,753.8L798.1,752.3L797.8,746L794.6,743.7L797.9,740.2L796.5,735.1L787.5,734.1L775.1,728.6L772,725.3L762.4,724.9L739.5,735L715,739.6L705.3,737.8L694.3,730.3L676.3,731.7L625.7,729.8L599.9,736.5L587.2,736.8L576,732.7L572.5,740.7L573.6,741.6L570.4,744.4L574.5,749.8L574.4,759.4L576.2,765L575.3,772.6L555.7,769.5L554.2,780.1L556.4,780.7L543.2,893.6L557.1,893.2L569.2,883.1L572.3,884.3L576.8,892.2L592.7,892.6L598,888.9L605.2,887L617,877.3L636,878.3L643.5,876.8L646.9,873.8L647.8,867.6L651.4,863.1L670.7,855.9L690.4,853.5L704.1,861.1L708.8,860.9L711.9,855.4L707.4,845.8L708.1,842.4L717.1,836.8L725,838.5L730.3,841.9L732.6,841.4L731.3,834.5L738.8,827L742.1,815.6L757.9,782.3L762.6,777.2L767.9,775.9L781.3,782.6L790.4,780.2L806.1,780.3L807.9,768.5Z"/>
<path part="area" class="q-0" d="M666.6,636L662.1,629.4L654.1,606.9L650.9,603.7L643.5,602L626.4,610.8L615.3,611.2L611.3,609L558.9,670.4L558.7,674.8L577,673.4L576,732.7L587.2,736.8L599.9,736.5L625.7,729.8L676.3,731.7L694.3,730.3L706.4,738.3L719.3,739.1L721.2,721.6L698.7,671.1L691.9,674L675.2,641.6Z"/>
<path part="area" class="q-0" d="M730.3,841.9L725,838.5L717.1,836.8L708.1,842.4L707.4,845.8L711.9,855.4L708.8,860.9L704.1,861.1L690.4,853.5L664.6,857.4L649.8,864.4L646.9,873.8L643.5,876.8L636,878.3L617,877.3L605.2,887L598,888.9L594.2,892.1L591.7,903.7L595,907.9L593.8,911.1L594.9,915L591.4,920.8L594.4,925L595.7,931.7L595.2,945L592.1,950.4L588.7,950.9L584.5,956.1L587.7,961.2L583,964.2L586.3,966.8L583.8,969.4L583.7,973.7L586.9,977.6L596.1,981L600,986L611.3,993L615.5,1003.2L649.7,996.9L653.2,1000.7L659.1,1003.1L675.8,1004.8L679.7,1011.8L699.4,1010.2L707.9,1005.5L706.2,1001.6L699.8,996.4L726.1,966.8L737.7,948.2L720.3,935.9L719.3,928.1L700.9,908.7L703.6,902.5L717.5,887L725.9,872.8L728.6,863.7L726.2,857.7L727.8,854.8L726.7,850Z"/>
<path part="area" class="q-0" d="M761,1189.5L752.7,1184.6L752.2,1182.3L744.1,1175.9L732.4,1173.2L725.8,1168.2L727.9,1163.2L721.3,1154.8L711.1,1152.6L702,1153.1L697.9,1147.9L688.3,1144.5L682.3,1144.4L679.9,1146.2L676.9,1144.6L674.6,1147.1L669.8,1139.2L662.7,1140.1L654.3,1132.3L655.8,1123L647.1,1132.2L639.6,1130.3L630.8,1133.4L622.6,1171.2L620.7,1172.7L535.9,1151.6L522.6,1155.3L506.6,1163.5L460.2,1169.7L450.5,1174.5L442.3,1181.7L428.5,1207.9L425.1,1227.1L420.5,1233.9L412.8,1240.1L424.1,1266.6L431.5,1273.5L434.4,1282.8L420.9,1295.5L412.4,1297.9L409.4,1309.7L449.8,1332.9L466.5,1323L472.9,1315.8L517.9,1310.7L522.6,1311.9L527.7,1314.8L527.9,1330.9L534.6,1340.5L532.6,1347.9L527.5,1354.4L557.3,1357.1L589.2,1353.9L619.9,1374.8L629.4,1379L634.7,1378.8L656,1346.5L664.4,1344L679.6,1335.7L691.1,1325.9L694.7,1317.5L697.5,1292.6L702,1287.9L708.3,1287.6L724.1,1294.5L741.9,1317.6L750.6,1323.4L769,1327.7L779.9,1326.4L789.6,1322.8L787.8,1319L784.1,1316.5L778.2,1318.7L766.1,1316.6L763.6,1309L757.7,1301.4L757.2,1297.5L758.8,1295.3L762.2,1300.5L766.2,1296.6L770.1,1296.4L768.5,1290.5L764.9,1289.2L763.8,1285.1L760.1,1284.8L758.8,1282.2L763.2,1275L761.7,1269.5L768.9,1268.7L771.2,1266.7L767.1,1259.1L775.4,1254.6L779.3,1246.1L778.7,1243.5L775.6,1241.7L764.5,1241.1L762.5,1237.4L762.7,1230.3L757.9,1225.7L756.5,1214.8L765.2,1212L766.5,1209.8L760.6,1203.4L756.6,1195.2Z"/>
<path part="area" class="q-0" d="M584.5,968.5L578.5,963.5L555.2,964.7L553.1,959.8L548.8,956.2L537.5,954.8L513.3,971.1L501.9,975.1L497,980.6L493.3,979L490.7,975.2L490.2,969.9L475.4,976.3L472.5,970.7L466.6,972.9L466.1,967.9L425.8,985.2L421.9,985.1L403.8,977.1L366.9,1060L334,1103.7L299.2,1082.3L293.7,1094L287.1,1116.7L245.1,1128.4L223.9,1189L254.1,1194L308.7,1193.5L309,1161.6L331.6,1163.7L343.3,1158.3L352.8,1157.2L359,1161.5L370.8,1155.4L365.2,1146.3L365.1,1143L368.1,1142.6L373.5,1137.9L380.2,1139.5L387.8,1136.6L388.8,1132.6L395.9,1124.7L401.5,1120.5L410.5,1118.4L414,1110.8L416.4,1109.8L415,1106.1L423,1097.7L426,1091.7L429.3,1095L434.2,1091.9L442.1,1100.5L447.3,1095.4L454.3,1095.7L460.5,1074.7L466.1,1072.5L464,1065.6L469.2,1059.6L473.5,1062.4L484.5,1060.4L487.5,1055.5L490.2,1057.1L494.6,1054.7L500.3,1055.2L525.7,1039.6L538.3,1029.5L549.5,1024.8L566.6,1022.2L572.3,1019.3L579.8,1012.8L575.4,1008.7L579.8,1005.7L575.7,1003.2L578.8,1001.2L576.9,995.4L582.3,995.5L581.9,989.7L586.8,984.3L586.6,976.4L583.5,972.7Z"/>
<path part="area" class="q-0" d="M223.9,1189L216.7,1188.4L209.2,1191.7L204.2,1208L197.7,1213.5L180.1,1219.1L146.8,1219.3L147.1,1232.7L153.7,1246L156.4,1267.4L160.9,1270L169.3,1268.8L173.2,1274.4L178.6,1271.7L177.7,1275.6L181.5,1276.9L182.4,1280L186.1,1278.6L191.2,1281.7L187.5,1284.1L188.9,1287.4L187.3,1290.7L188.9,1293.5L187.3,1301.8L190.5,1306.9L189.2,1311.5L192.7,1313.7L193.5,1316.5L200.2,1318.5L198.4,1324.1L205.8,1337.9L201.8,1338.9L201.2,1343L197,1345L203,1350.2L206.8,1350.8L209.3,1347L215.1,1345.2L216.1,1346.3L213.5,1351L217.6,1351.6L225.5,1344.6L224.9,1342.3L229.1,1336.6L233.6,1335.2L241.1,1341L250.8,1344.6L254.6,1341.7L257.6,1343.4L260.5,1342.4L263.5,1339.1L264.9,1341.6L270.3,1342.5L267.2,1344.7L268.7,1346.9L273.7,1344.3L277.8,1345.4L279.5,1342.1L280.9,1345.6L287,1344L290.9,1350.3L287.4,1355.5L287.7,1359.7L296.8,1357.6L306.8,1351.5L319.5,1347.1L323.5,1343.6L332.4,1341.3L336.1,1346.5L330.4,1357.7L329,1363.5L330.2,1370.7L363.1,1393.5L390.3,1400.6L402.8,1399.2L409.3,1390.5L416,1387.2L423.6,1379.4L434,1377.3L439.1,1391.2L437.4,1435.1L439,1448.2L442.5,1453.1L454,1445.4L460.2,1423.5L470.7,1403L489.8,1397.9L512.7,1396.2L515.4,1394.3L516.3,1382.2L503.4,1367.8L501.9,1364L505.5,1358.8L519.2,1354.6L527.5,1354.4L532.6,1347.9L534.6,1340.5L527.9,1330.9L526.9,1314L517.9,1310.7L472.9,1315.8L466.5,1323L449.8,1332.9L409.4,1309.7L412.4,1297.9L420.9,1295.5L434.4,1282.8L431.5,1273.5L424.1,1266.6L412.8,1240.1L389.2,1252.3L383.8,1252.8L374.8,1249.3L370.1,1240.9L360,1205.4L352.8,1195.9L331.3,1193.4L254.1,1194Z"/>
<path part="area" class="q-0" d="M630.8,1133.4L633.7,1120L628.5,1116.6L618.6,1104.4L622.1,1093.2L620.6,1083.2L617,1078.4L613.5,1078.6L611.4,1075.7L600.5,1072.9L600.1,1062.4L596.5,1050.6L591.6,1045.4L591,1041.9L588.5,1042.1L587.4,1045.7L580.6,1044.2L579.7,1037.8L576.1,1033.1L578.3,1025.8L573.4,1018.2L566.6,1022.2L549.5,1024.8L538.3,1029.5L525.7,1039.6L500.3,1055.2L494.6,1054.7L490.2,1057.1L487.5,1055.5L484.5,1060.4L473.5,1062.4L469.2,1059.6L464,1065.6L466.1,1072.5L460.5,1074.7L454.3,1095.7L447.3,1095.4L442.1,1100.5L434.2,1091.9L429.3,1095L426,1091.7L423,1097.7L415,1106.1L416.4,1109.8L414,1110.8L410.5,1118.4L401.5,1120.5L395.9,1124.7L388.8,1132.6L387.8,1136.6L380.2,1139.5L373.5,1137.9L368.1,1142.6L365.1,1143L365.2,1146.3L370.8,1155.4L359,1161.5L352.8,1157.2L343.3,1158.3L331.6,1163.7L309,1161.6L308.7,1193.5L342.2,1193.7L354.5,1197.1L360,1205.4L371.6,1245.2L376.8,1250.6L383.8,1252.8L389.2,1252.3L415,1239L420.5,1233.9L426.3,1224.4L428.5,1207.9L438.4,1188.3L446,1177.7L457.7,1170.8L465.9,1168.1L506.6,1163.5L522.6,1155.3L535.9,1151.6L620.7,1172.7L622.6,1171.2Z"/>
</g>
<text class="area-label" x="487.8" y="129.7">Karangrejo</text>
<text class="area-label" x="280.8" y="168.5">Banjarsari</text>
<text class="area-label" x="299.1" y="498.9">Sumbersari Bantul</text>
<text class="area-label" x="395" y="452.4">Rejomulyo</text>
<text class="area-label" x="326.2" y="400.8">Margorejo</text>
<text class="area-label" x="487.1" y="240.3">Yosodadi</text>
<text class="area-label" x="358.7" y="363.6">Mulyojati</text>
<text class="area-label" x="330.4" y="117">Purwosari</text>
<text class="area-label" x="355" y="438.1">Margodadi</text>
<text class="area-label" x="237.3" y="410.7">Mulyosari</text>
<text class="area-label" x="441.1" y="399.8">Tejosari</text>
<text class="area-label" x="416.8" y="302.9">Iring Mulyo</text>
<text class="area-label" x="448" y="215.9">Yosomulyo</text>
<text class="area-label" x="376.7" y="95.9">Purwoasri</text>
<text class="area-label" x="262.3" y="333.5">Ganjar Agung</text>
<text class="area-label" x="309.3" y="297.8">Ganjar Asri</text>
<text class="area-label" x="357.5" y="312.1">Metro</text>
</svg>
<svg xmlns="http://www.w3.org/2000/svg" class="layer overlay" aria-hidden="true" viewBox="0 0 768 553">
<g class="scale" transform="translate(8 543)">
<path d="M0 -5V0H76.51315898823836V-5"/>
<text y="0" x="81.51315898823836">2 km</text>
</g>
</svg>`;
/* end snapshot map 800 kelurahan */

snapshots["map 480 kecamatan areas"] = 
`aria-label: Titik akses internet publik Pemerintah Kota Metro: 314 titik · 90 % daring · 4.000 Mbps. Panah menggeser peta; + dan − memperbesar dan memperkecil; 0 kembali ke tampilan awal. Tab menuju daftar yang terlihat.
<svg xmlns="http://www.w3.org/2000/svg" viewBox="-6 -6 12 12" aria-hidden="true" class="swatch st-0">
<path d="M-4.5 0a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0"/>
</svg>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="-6 -6 12 12" aria-hidden="true" class="swatch st-1">
<path d="M-3.8-3.8h7.6v7.6h-7.6Z"/>
</svg>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="-6 -6 12 12" aria-hidden="true" class="swatch st-2">
<path d="M0-5L4.5 3.4H-4.5Z"/>
</svg>
<svg xmlns="http://www.w3.org/2000/svg" class="layer" aria-hidden="true" viewBox="0 0 448 323">
<g transform="matrix(0.205779 0 0 0.205779 107.57 11.97)">
<path part="area" class="q-3" d="M421.3,534.8L420.7,534.7L393.6,541.7L374.7,552.3L355.9,559.4L330.5,575L324.6,583L300.4,595.4L295.3,608L297.2,611.9L302.2,614.9L308.2,622.3L322.3,625.1L331.9,637.1L334.5,634.9L342.6,638.1L348.5,638.3L365.4,633.9L384.7,645.1L389.9,650.9L396.8,669.6L393.6,698.9L392.4,710.7L390.5,712.6L392.7,720.2L390.6,722L410.5,729.2L415.3,730.9L420.2,738.2L424.6,740.2L427.1,745.6L420,752.1L421.8,774.7L424.7,786.4L422.4,804.8L423.8,823.2L429.3,838.9L422.8,850.3L422.7,857.8L435.4,871.5L442.6,882.5L450.4,877.3L454.9,877.6L462.2,872.1L471.7,870.5L474.8,871.6L483,883.8L495.3,894.4L504.1,896.2L543.2,893.6L556.4,780.7L554.2,780.1L555.7,769.5L575.3,772.6L575.8,769.8L574.5,749.8L570.4,744.4L573.6,741.6L572.5,740.7L576.7,731L577,696.9L577,673.4L558.7,674.8L558.9,670.4L611.5,608.9L615.3,611.2L623,611.3L628.3,610.2L643.5,602L650.9,603.7L654.1,606.9L662.1,629.4L666.6,636L674.3,628L679.4,625.4L703.9,619.2L716.6,614L735.7,613.6L742.6,615.2L759.4,605.9L778,601.4L781.1,598.4L785.8,597.5L820.6,555.4L824,552.7L830.5,551.5L833.9,547.5L846.6,542L858.3,534L865.1,519.5L866.5,507.4L863.7,490.9L857.5,475.5L852.2,470.2L850.6,463.8L848.1,445.4L848,425L835.6,430.1L828.8,427.3L820.7,429.6L813.2,425.4L801.9,437.6L795.9,438.8L789.8,443.3L785.1,443.7L770,434.5L751.6,439.7L735.1,440.3L732,428.7L736.5,425.3L736.4,422L742,413.4L742.2,400.7L735.7,395.1L718.9,403.8L705,416.6L684.2,382L682,387.4L676,393.4L662.9,400.1L653.2,402L648,394.9L612.8,408.5L607.3,407.7L597.6,399.8L595.1,400.1L588.1,388.1L578.3,385.9L577.2,387.4L580.4,391.7L573.5,393.3L573.5,399.2L568.7,400.4L567.1,404.4L561.8,404L557.8,412.7L553.9,408.4L550.5,408.6L545.4,414.5L543.7,420.5L536.6,419L530.1,422.7L513.4,425.7L511.2,421.6L501.8,421.5L496.3,415.7L486.4,418.3L482.6,420L482.8,424.5L479.9,427.7L468.5,432.8L457.9,432.4L448.3,434.7L444.6,441.6L438.6,443.9L432.5,459.5L433,467.6L430.1,470.9L431,475.9L429.4,485.3L434.5,489.5L428.9,494.7L436.3,497.9L438.6,505.4L434.1,509L428.9,509.3L428.2,514.7L424.9,517.3L427.1,523.7L423.1,525.8Z"/>
<path part="area" class="q-5" d="M577.1,386.7L578.7,384.8L578.9,384.9L578.3,385.9L588.1,388.1L595.1,400.1L597.6,399.8L607.3,407.7L612.8,408.5L648,394.9L653.2,402L662.9,400.1L676,393.4L682,387.4L684.2,382L705,416.6L725.4,399.2L735.7,395.1L742.2,400.7L742.7,407.4L742,413.4L736.4,422L736.5,425.3L732,428.7L735.1,440.3L751.6,439.7L770,434.5L785.1,443.7L790.9,443.1L795.9,438.8L804.2,435.8L813.2,425.4L820.7,429.6L828.8,427.3L836.4,430L846.9,426.4L851.4,422.9L865.5,424.9L883.7,415.1L887.4,417.3L899.1,414.9L903.3,416.2L908.2,406.8L917.5,405.4L929.4,393.7L937.9,391.8L934.6,385L941.6,386.8L944,384.1L944.5,380.2L949.2,377.8L950.5,372.6L954,372.4L954.8,366.7L959.6,360.6L961.8,349.7L965.2,349.6L972.8,354.2L979.1,346.7L991.4,345.5L990.2,337.2L995.8,342.6L999.4,343.3L999.7,333.8L1005.6,333.6L1006,336L1009.1,333.7L1010.5,331.4L1005.7,329.6L1006.4,325.7L1013.4,319.9L1017.9,311.7L1025.4,308.8L1030.2,299.5L1029.4,288.7L1034.9,287.6L1035.1,284.4L1030.4,273.1L1034,269L1034.3,262.8L1036.7,259.9L1045.6,262.7L1057.7,258.6L1055.7,251L1059,247.7L1059.9,238L1069.5,229.8L1067.8,225L1073.7,222.1L1071.8,212L1073.1,208.3L1086.7,208.3L1093.7,201.8L1100,205.9L1101.2,210.6L1103.4,211.2L1106,200.6L1109.3,201.4L1115.5,199.1L1122.9,184.6L1116.6,184.9L1116,182L1122.4,179.9L1131,171.8L1121,161.8L1115.2,163L1114.4,165.4L1116.5,168.1L1112.5,172L1106.5,166.1L1102.2,164.5L1107,156.2L1114.1,150.8L1114.5,147.2L1111.2,143.4L1096.5,145.4L1095.5,142.1L1102.1,140.9L1103.7,136.1L1101.9,134.9L1099,138.2L1095,138.6L1092,132.7L1096.7,127.6L1085.1,127L1084.6,124.7L1089.1,121.7L1090.1,118.2L1086.1,117.4L1080.8,107.4L1075.4,108.3L1075.4,115.8L1071.9,114L1068.3,106.4L1064.5,113.7L1059,114.6L1056,111.8L1063,106.1L1063.3,99.4L1060.6,99.6L1059.6,107.4L1055.6,105.7L1054.7,103.5L1049.3,106.1L1044.3,99.8L1039,101.8L1035,98.1L1030.3,103.6L1024.6,104.5L1022.7,102.1L1026.2,96.1L1017,95.2L1011.2,92.7L1012.4,106.1L1000.4,98.7L996.4,98.2L998,112.2L992.9,110.2L990.8,106.3L986.9,106.5L982.5,113.3L978,116.3L977.1,122.3L979.7,127.5L970.6,126.1L969.2,131.6L965.6,131.3L963.1,136L955.3,136.4L953.8,141.9L947.6,140.5L940.7,143.5L941.1,146.4L955.8,152.1L943.5,170.4L944.1,172.8L951.9,175L952.8,177.5L948.7,180.6L934.6,176.8L934.3,185.5L937.6,190.4L934.9,192.8L928.8,193.6L928.2,186.1L913.9,179.2L903.8,196L892.3,198.9L888.4,189.1L885.8,188.1L881.8,196L887.1,197L887.9,199.2L883.7,204.3L877,200.9L869.1,191L865.6,201.7L859.5,202.3L857.2,208L846.1,201.7L827.2,208.3L825.5,206.9L827.5,203.2L824.7,201L816.8,207.5L809.2,197.9L801.4,197L796.8,194.1L792.6,197.3L790.2,197.1L784.3,190.8L778.5,188.2L756.8,198.3L750.5,204.8L731,203.3L729.9,206.8L718.3,213.9L715.3,213.5L713.6,208.5L702.9,210.1L696.3,219.4L681.1,228.9L678.1,234.6L669,243L662.8,243.5L656.3,253L653.9,254.7L645.2,255L636.3,251.4L630.3,246.1L621.9,248.6L608.1,248L593.9,243.8L606.9,225.8L618.6,222.5L616.5,211.1L592.6,218.2L543.7,205.4L544.1,172.8L545.2,167.7L548.9,164.7L619,133L646.1,69.8L650.3,55.6L644.6,24.1L634.5,0.1L632.6,1L631.3,6.5L626,9L612.9,13.9L585.1,19.3L561.2,38.8L541.6,64.6L523.2,73.1L510.4,80.7L499.3,90.4L486.2,87L479.1,91L468.1,93.1L462.9,105.4L454,109.6L442.3,130.1L436.1,136.1L428.2,149.3L413.2,156.8L397.8,186.2L390.6,207.7L383.9,215.2L335.1,252.9L326.4,262L313.2,264L304,269.2L293.2,282.3L278.2,290.3L268,300.7L253.8,302.1L246.6,312.6L247.6,324.7L243,330L233.3,332.7L221.9,331.1L215.1,333.3L202.3,333.8L193.2,346.6L186,351.6L187.6,361.9L186.3,371.4L200,382.9L207.1,391.5L210,400L214.6,404.1L220.6,406.3L221.4,410.6L216.2,415.8L200.8,421.4L199.6,430.3L196.8,435.3L184.8,440.1L172.1,440.7L166.7,447.3L166.5,458.5L161.9,464L150.3,468L142.8,473.1L113.2,474.9L103.7,483.4L85.8,480.7L77.2,481.3L80.1,496.1L73.6,528.4L75,556.2L76.7,562.4L79.9,559.2L82.8,559.5L82,565.6L88.3,568.3L87.1,574.4L101.5,580.3L102.5,587.6L108.7,589.4L110.7,594.1L132.5,598.3L176.3,614.2L176,609.9L186.3,593.5L200.3,586.2L196.5,576.1L197.6,572.8L210.4,580.2L229.2,568.4L234.4,571.3L247.9,572.7L269.6,591.5L285.6,596.4L298.8,597.5L324.6,583L330.5,575L355.9,559.4L374.7,552.3L393.6,541.7L402,540.7L422.4,533.9L423.1,525.8L427.1,523.7L424.9,517.3L428.2,514.7L428.9,509.3L434.1,509L438.6,505.4L436.3,497.9L428.9,494.7L434.5,489.5L429.4,485.3L431,475.9L430.1,470.9L433,467.6L432.8,459.1L430.1,459.3L430.1,459.1L434.1,457.8L439,443.2L444.6,441.6L448.3,434.7L457.9,432.4L469.4,432.5L481.2,426.7L482.9,419.8L493.8,415.4L497.1,416.2L501.8,421.5L511.2,421.6L512.8,425.7L530.1,422.7L536.6,419L543.7,420.5L545.4,414.5L550.5,408.6L553.9,408.4L557.8,412.7L561.8,404L567.7,404.1L568.7,400.4L574,398.5L573.5,393.3L580.4,391.7Z"/>
<path part="area" class="q-3" d="M293.7,1094L299.8,1079.5L300.2,1079.7L299.2,1082.3L334,1103.7L366.9,1060L403.8,977.1L421.9,985.1L425.8,985.2L466.1,967.9L466.6,972.9L472.5,970.7L475.4,976.3L490.2,969.9L490.7,975.2L493.3,979L497,980.6L501.9,975.1L513.3,971.1L537.5,954.8L548.8,956.2L553.1,959.8L555.2,964.7L578.5,963.5L584.5,968.5L586.2,967.3L583,964.5L587.7,961.2L584.5,956.1L588.7,950.9L592.9,949.3L595.7,940.9L594.4,925L591.4,920.8L594.9,915L593.8,911.1L595,907.9L591.7,903.7L594.2,892.1L576.8,892.2L572.3,884.3L569.2,883.1L557.1,893.2L543.2,893.6L507,896.2L495.3,894.4L483,883.8L474.8,871.6L467.5,870.4L454.1,877.6L450.4,877.3L442.6,882.5L435.4,871.5L423,858.9L422.8,850.3L429.3,838.9L423.8,823.2L422.4,804.8L424.7,786.4L421.8,774.7L420,752.1L427.1,745.6L424.6,740.2L420.2,738.2L415.3,730.9L390.6,722L392.7,720.2L390.5,712.6L392.4,710.7L393.6,698.9L396.8,669.6L388.6,648.9L382.6,643.5L365.4,633.9L358.6,636.9L345.5,638.5L333.4,635.4L331.9,637.1L336.4,641.9L337.9,650.1L319.7,666.6L317.7,686.9L311.9,697.2L302.4,700.9L298.4,706.1L296.4,710.8L297.5,723.5L294.3,724.9L293,736.9L288.4,739.2L281.2,756.4L277.7,757.6L275.4,761.9L270.6,763.5L267,768.3L258.9,768.6L257.1,772.8L254,775.4L254,771L251.1,770.2L245.2,775.6L239.5,776.6L239.8,779.5L228.6,796.5L231.2,799.6L228.8,800.9L225.9,811.6L228.6,816.8L224.8,819L220.7,827.1L214.4,831.8L210.3,832.1L209.4,836.2L202,835.3L201.7,841.9L195.3,845.5L197,848.2L194.9,850.6L196.2,853.6L190.7,857.9L191.3,868L186.7,872.2L189.9,877.4L187.7,893.2L182.7,891.7L180.8,896.2L170.9,898L166.6,896.1L159.2,900L154.9,897.6L152.3,899.7L148.5,898.9L148.4,902.5L143.3,904.9L143.9,913.7L142,924.6L144.9,936.1L144.4,942.3L152.6,959L149.8,976.7L145.1,990.2L135,993.1L132.2,1002L133.1,1007.6L124.2,1009.2L117.1,1015.4L125.4,1020.4L124.5,1023.4L119.8,1023.1L117.4,1027.7L118.7,1031.2L124.1,1033.1L126.5,1036.6L128.9,1034.1L131.1,1034.4L134,1041.5L150.4,1033.5L158.2,1041.2L164.6,1040L163.2,1043.7L165.1,1045.1L167.6,1041.5L167.9,1041.8L166.6,1043.9L162.2,1063.7L157.5,1069.8L157.2,1075L150.8,1077.8L151.3,1083.8L138.4,1085.7L134.5,1083.6L129.4,1076.9L123.4,1076.8L114,1077.5L113.6,1081.8L109.8,1080L106,1083.3L98,1083.6L98.8,1093.6L97.1,1099.2L92,1101L82.3,1113.4L74.7,1119.7L74.3,1127.5L77.8,1131.6L74.7,1133.8L73.8,1137.1L71.2,1135.9L68.9,1140.3L70.2,1147.5L16.6,1189.5L6,1205.3L0.5,1217L9.4,1258.5L13,1259L33.2,1238L52.4,1225.2L88.6,1207.6L110.3,1207.2L135.4,1219.1L180.1,1219.1L197.7,1213.5L202.5,1210.2L207.9,1193.5L211.3,1190.1L216.7,1188.4L223.9,1189L245.1,1128.4L287.7,1116.1Z"/>
<path part="area" class="q-3" d="M594.3,891.5L591.7,903.7L595,907.9L593.8,911.1L594.9,915L591.4,920.8L594.4,925L595.7,931.7L595.2,945L592.1,950.4L588.7,950.9L584.5,956.1L587.7,961.2L583,964.2L586.3,966.8L583.8,969.4L583.7,973.7L586.9,977.6L586.4,985.6L581.4,990.8L582.7,994.8L576.9,995.4L578.8,1001.2L575.7,1003.2L579.8,1005.7L575.4,1008.7L579.9,1012.1L573.4,1018.2L578.5,1026.4L576.1,1033.1L579.7,1037.8L580.6,1044.2L587.4,1045.7L588.5,1042.1L591,1041.9L591.6,1045.4L596.5,1050.6L600.1,1062.4L600.5,1072.9L611.4,1075.7L613.5,1078.6L617,1078.4L620.6,1083.2L622.1,1093.2L618.6,1104.4L628.5,1116.6L633.7,1120L630.8,1133.4L639.6,1130.3L647.1,1132.2L655.8,1123L654.3,1132.3L662.7,1140.1L669.8,1139.2L674.6,1147.1L676.9,1144.6L679.9,1146.2L682.3,1144.4L688.3,1144.5L697.9,1147.9L702,1153.1L711.1,1152.6L721.3,1154.8L727.9,1163.2L725.8,1168.2L732.4,1173.2L744.1,1175.9L752.2,1182.3L752.7,1184.6L761,1189.5L770,1180.6L782.4,1176.6L783.2,1170.7L775.7,1161.6L782.6,1162L788.2,1158.9L785.9,1152.1L789.2,1147.9L793.8,1146.1L803.2,1149.1L807,1143.8L809.9,1142.8L816.7,1150.3L821.9,1148.2L825.4,1150.4L833.1,1147.7L835.6,1144.9L833.7,1141.4L838.5,1138.5L829.4,1132.9L829.9,1127.6L836.4,1125.7L836.3,1119.5L842.8,1117.4L843.4,1114.6L848,1115.7L850.2,1114.3L844.8,1111.5L845.5,1108.3L841.7,1102.8L845.3,1097.7L845.5,1094.1L842.5,1089.8L842.3,1084.4L837,1083.8L829.9,1087.1L827.2,1086.3L826.6,1084.1L828.8,1078.5L834.2,1076.1L834.8,1072.4L839.9,1071.5L840.9,1068.4L835.4,1064.8L830.5,1057.2L825,1055.1L817.6,1039.7L816.7,1030.6L820.1,1020.5L813.4,1018.3L811.7,1014.3L807.4,1010.9L805.7,1002.3L801.7,995.7L802.2,991.6L790.1,981L795.3,951.1L791.5,950.5L792.4,937.9L783.7,941.8L778.2,947.2L766.7,946.4L748.6,954.6L737.7,948.2L720.3,935.9L719.3,928.1L700.9,908.7L703.6,902.5L717.5,887L725.9,872.8L728.6,863.7L726.2,857.7L727.8,854.8L726.7,850L730.3,841.9L732.6,841.4L731.3,834.5L738.8,827L742.1,815.6L757.9,782.3L762.6,777.2L767.9,775.9L781.3,782.6L790.4,780.2L806.1,780.3L807.9,768.5L806.3,753.5L806.1,747.6L812.6,738.4L850.3,710L854.7,703.2L858.2,687.3L861.9,682.6L865,674.1L881.7,680.6L889.3,687.7L891.5,687.6L896.5,681.7L913,681.7L918.9,685.6L926.6,695.3L945.4,663.6L945.5,653.7L947.3,650L972.5,638.9L985.2,640.6L993,633.5L1003.4,635.6L1012.4,631.2L1009.8,619.2L1011.8,619.2L1014.1,612.9L1007.3,597.2L1006,581.6L996.3,568.5L979.6,555.2L975.7,549L967.9,545.4L962.8,537.2L960.8,527.7L958.3,525.5L951.9,526.1L928.9,513.2L922.1,511.1L906.4,509.4L881.5,515.6L870.7,512L866.5,508.6L865.1,519.5L858.3,534L846.6,542L833.9,547.5L830.5,551.5L822.4,553.7L785.8,597.5L781.1,598.4L778,601.4L759.4,605.9L742.6,615.2L735.7,613.6L716.6,614L703.9,619.2L679.4,625.4L674.3,628L666.6,636L662.1,629.4L654.1,606.9L650.9,603.7L643.5,602L626.4,610.8L615.3,611.2L611.3,609L558.9,670.4L558.7,674.8L577,673.4L576,732.7L572.5,740.7L573.6,741.6L570.4,744.4L574.5,749.8L574.4,759.4L576.2,765L575.3,772.6L555.7,769.5L554.2,780.1L556.4,780.7L543.2,893.6L557.1,893.2L569.2,883.1L572.3,884.3L576.8,892.2L592.7,892.6Z"/>
<path part="area" class="q-4" d="M505.5,1358.8L519.2,1354.6L527.5,1354.4L557.3,1357.1L589.2,1353.9L619.9,1374.8L629.4,1379L634.7,1378.8L656,1346.5L664.4,1344L679.6,1335.7L691.1,1325.9L694.7,1317.5L697.5,1292.6L702,1287.9L708.3,1287.6L724.1,1294.5L741.9,1317.6L750.6,1323.4L769,1327.7L779.9,1326.4L789.6,1322.8L787.8,1319L784.1,1316.5L778.2,1318.7L766.1,1316.6L763.6,1309L757.7,1301.4L757.2,1297.5L758.8,1295.3L762.2,1300.5L766.2,1296.6L770.1,1296.4L768.5,1290.5L764.9,1289.2L763.8,1285.1L760.1,1284.8L758.8,1282.2L763.2,1275L761.7,1269.5L768.9,1268.7L771.2,1266.7L767.1,1259.1L775.4,1254.6L779.3,1246.1L778.7,1243.5L775.6,1241.7L764.5,1241.1L762.5,1237.4L762.7,1230.3L757.9,1225.7L756.5,1214.8L765.2,1212L766.5,1209.8L760.6,1203.4L756.6,1195.2L761,1189.5L752.7,1184.6L752.2,1182.3L744.1,1175.9L732.4,1173.2L725.8,1168.2L727.9,1163.2L721.3,1154.8L711.1,1152.6L702,1153.1L697.9,1147.9L688.3,1144.5L682.3,1144.4L679.9,1146.2L676.9,1144.6L674.6,1147.1L669.8,1139.2L662.7,1140.1L654.3,1132.3L655.8,1123L647.1,1132.2L639.6,1130.3L630.8,1133.4L633.7,1120L628.5,1116.6L618.6,1104.4L622.1,1093.2L620.6,1083.2L617,1078.4L613.5,1078.6L611.4,1075.7L600.5,1072.9L600.1,1062.4L596.5,1050.6L591.6,1045.4L591,1041.9L588.5,1042.1L587.4,1045.7L580.6,1044.2L579.7,1037.8L576.1,1033.1L578.3,1025.8L573.4,1018.3L579.8,1012.8L575.4,1008.7L579.8,1005.7L575.7,1003.2L578.8,1001.2L576.9,995.4L582.3,995.5L581.9,989.7L586.8,984.3L586.6,976.4L583.5,972.7L584.5,968.5L578.5,963.5L555.2,964.7L553.1,959.8L548.8,956.2L537.5,954.8L513.3,971.1L501.9,975.1L497,980.6L493.3,979L490.7,975.2L490.2,969.9L475.4,976.3L472.5,970.7L466.6,972.9L466.1,967.9L425.8,985.2L421.9,985.1L403.8,977.1L366.9,1060L334,1103.7L299.2,1082.3L293.7,1094L287.1,1116.7L245.1,1128.4L223.9,1189L216.7,1188.4L209.2,1191.7L204.2,1208L197.7,1213.5L180.1,1219.1L146.8,1219.3L147.1,1232.7L153.7,1246L156.4,1267.4L160.9,1270L169.3,1268.8L173.2,1274.4L178.6,1271.7L177.7,1275.6L181.5,1276.9L182.4,1280L186.1,1278.6L191.2,1281.7L187.5,1284.1L188.9,1287.4L187.3,1290.7L188.9,1293.5L187.3,1301.8L190.5,1306.9L189.2,1311.5L192.7,1313.7L193.5,1316.5L200.2,1318.5L198.4,1324.1L205.8,1337.9L201.8,1338.9L201.2,1343L197,1345L203,1350.2L206.8,1350.8L209.3,1347L215.1,1345.2L216.1,1346.3L213.5,1351L217.6,1351.6L225.5,1344.6L224.9,1342.3L229.1,1336.6L233.6,1335.2L241.1,1341L250.8,1344.6L254.6,1341.7L257.6,1343.4L260.5,1342.4L263.5,1339.1L264.9,1341.6L270.3,1342.5L267.2,1344.7L268.7,1346.9L273.7,1344.3L277.8,1345.4L279.5,1342.1L280.9,1345.6L287,1344L290.9,1350.3L287.4,1355.5L287.7,1359.7L296.8,1357.6L306.8,1351.5L319.5,1347.1L323.5,1343.6L332.4,1341.3L336.1,1346.5L330.4,1357.7L329,1363.5L330.2,1370.7L363.1,1393.5L390.3,1400.6L402.8,1399.2L409.3,1390.5L416,1387.2L423.6,1379.4L434,1377.3L439.1,1391.2L437.4,1435.1L439,1448.2L442.5,1453.1L454,1445.4L460.2,1423.5L470.7,1403L489.8,1397.9L512.7,1396.2L515.4,1394.3L516.3,1382.2L503.4,1367.8L501.9,1364Z"/>
</g>
<text class="area-label" x="225.4" y="78.5">Metro Utara</text>
<text class="area-label" x="203.9" y="260.6">Metro Selatan</text>
<text class="area-label" x="167" y="208.7">Metro Barat</text>
<text class="area-label" x="224.8" y="133.2">Metro Pusat</text>
<text class="area-label" x="258.2" y="181.4">Metro Timur</text>
</svg>
<svg xmlns="http://www.w3.org/2000/svg" class="layer overlay" aria-hidden="true" viewBox="0 0 448 323">
<g class="scale" transform="translate(8 313)">
<path d="M0 -5V0H43.24656812378689V-5"/>
<text y="0" x="48.24656812378689">2 km</text>
</g>
</svg>`;
/* end snapshot map 480 kecamatan areas */

snapshots["gauge 272 2023, target on a band edge"] = 
`aria-label: Indeks SPBE Pemerintah Kota Metro 2023: 3,04 dari 5, predikat Baik. +0,55 dibanding 2022. Target 2,60.
<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" viewBox="0 0 320 190">
<g transform="translate(160 166)">
<path part="track" d="M-124,0A124,124,0,0,1,124,0L98,0A98,98,0,0,0,-98,0Z"/>
<path part="band" class="band-1" d="M-136,0A136,136,0,0,1,-110.5,-79.28L-104,-74.61A128,128,0,0,0,-128,0Z"/>
<path part="band" class="band-2" d="M-109.54,-80.6A136,136,0,0,1,-42.8,-129.09L-40.28,-121.5A128,128,0,0,0,-103.1,-75.86Z"/>
<path part="band" class="band-3 active" d="M-41.25,-129.59A136,136,0,0,1,51.29,-125.96L48.27,-118.55A128,128,0,0,0,-38.82,-121.97Z"/>
<path part="band" class="band-4" d="M52.8,-125.33A136,136,0,0,1,109.54,-80.6L103.1,-75.86A128,128,0,0,0,49.69,-117.96Z"/>
<path part="band" class="band-5" d="M110.5,-79.28A136,136,0,0,1,136,0L128,0A128,128,0,0,0,104,-74.61Z"/>
<path part="indicator" class="band-3" d="M-124,0A124,124,0,0,1,3.89,-123.94L3.08,-97.95A98,98,0,0,0,-98,0Z"/>
</g>
<line part="needle" x1="162.83" y1="76.04" x2="163.96" y2="40.06"/>
<g part="target">
<line x1="131.57" y1="78.5" x2="116.43" y2="31.9"/>
<circle r="3.5" cx="116.43" cy="31.9"/>
</g>
<text part="tick" dy="0.35em" class="middle" x="43" y="182">1</text>
<text part="tick" dy="0.35em" class="end" x="45.12" y="82.53">1,8</text>
<text part="tick" dy="0.35em" class="start" x="214.34" y="34.81">3,5</text>
<text part="tick" dy="0.35em" class="start" x="274.88" y="82.53">4,2</text>
<text part="tick" dy="0.35em" class="middle" x="277" y="182">5</text>
<text part="value" x="160" y="136">3,04</text>
<text part="predikat" x="160" y="162">Baik</text>
</svg>`;
/* end snapshot gauge 272 2023, target on a band edge */

