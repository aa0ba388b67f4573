// Indonesian word lists: reporting verbs and cues, negations, connectors, roles, ranks and place words.
const w = (s: string) => s.trim().split(/\s+/);

/** Roots used right after a quote: ,” kata X / ,” jelasnya. */
export const ID_POST_CUES = w(`kata ujar ucap tutur jelas ungkap sebut tambah imbuh pungkas tegas terang papar lanjut sambung
  tandas tukas seru tanya timpal kilah beber urai cetus sergah tulis jawab sahut bilang terang tutup sambut katakan klaim bantah tampik ingat tuding keluh`);
/** Roots that attribute only with -nya (aku = admit, harap = hope): “…,” akunya. */
export const ID_POST_CUES_NYA = w(`aku harap pesan pinta ajak imbau canda keluh seloroh kenang tanya kilah tegur singgung`);

/** Reporting verbs that introduce content directly: "X mengatakan, …", "X menjelaskan potensi …". */
export const ID_SAY_STRONG = w(`mengatakan menyatakan menjelaskan menuturkan mengungkapkan menegaskan menambahkan menerangkan
  memaparkan menandaskan mengemukakan berpendapat menilai mengaku berharap mengakui meyakini memperkirakan mengklaim mengeklaim
  membantah berkata menyebutkan menyebut memastikan menduga menganggap menyimpulkan membeberkan mengingatkan menekankan
  mengharapkan berujar bertutur mengungkap mengimbau memprediksi memprakirakan mewanti-wanti melanjutkan menambah
  memperingatkan bilang membenarkan mengonfirmasi mengkonfirmasi mengeklaim menyatakan menandaskan mengutarakan menginformasikan
  meramalkan memproyeksikan mengkhawatirkan mencemaskan menyesalkan menekankan menggarisbawahi mengaku berkeyakinan beranggapan
  berdalih berkilah berjanji bersikeras mengklarifikasi mengisyaratkan yakin`);
/** Verbs that report speech only with a comma, colon or "bahwa"/"agar" after them ("menyampaikan terima kasih" is not). */
export const ID_SAY_WEAK = w(`menyampaikan merinci merincikan mengutarakan meminta berpesan menceritakan mengisahkan bilang menuding menyayangkan
  menjanjikan mengajak menginstruksikan memerintahkan menanggapi menyoroti mengeluhkan mengkritik menampik menolak mengusulkan
  menyarankan menjawab menanyakan bertanya menyerukan mengomentari mendesak membantah menampik menyangkal mengumumkan
  melaporkan mengabarkan memberitakan menyinggung memerintahkan menginformasikan menuntut`);

export const ID_NEGATION = w(`belum tidak tak enggan menolak bukan jangan urung ogah takkan tiada akan hendak ingin mau harus
  perlu bisa dapat sulit untuk diminta sempat-sempatnya`);
/** Words allowed between a subject and its verb: "Ganjar juga menjelaskan". */
export const ID_ADVERBS = w(`juga pun kembali lantas lalu kemudian pula sendiri sebelumnya turut bahkan hanya sempat sekaligus
  pernah telah sudah justru malah tetap masih lebih lanjut langsung pun secara terpisah tegas singkat kala itu saat itu sambil
  tersenyum`);
/** First words of a leading chunk that is not the subject: "Sementara itu, …", "Saat ditemui di kantornya, …". */
export const ID_CONNECTOR_START = w(`sementara selain namun tetapi tapi terpisah secara dalam di pada saat ketika usai seusai setelah
  sebelum sebelumnya kemudian lalu lantas lebih oleh karena adapun sedangkan meski meskipun kendati dengan terkait menanggapi
  dikonfirmasi ditemui dihubungi senada bahkan apalagi untuk sebagai hal sejalan mengenai soal tentang atas kepada menurutnya
  sebab jadi maka akhirnya awalnya intinya pertama kedua ketiga selanjutnya berikutnya sehingga bila jika apabila kalau`);
/** Words that end a speaker noun phrase: "kata Ganjar saat bertemu …", "Sentot di Semarang, Rabu, mengatakan". */
export const ID_ADJUNCT = w(`saat ketika di dalam usai seusai kepada pada melalui lewat sebelum setelah sesudah selepas tatkala
  via kala ditemui dikonfirmasi dihubungi sambil seraya yang kemarin tadi hari sore pagi siang malam dengan menjawab terkait
  mengenai soal tentang ihwal sebagaimana seperti`);
export const ID_DAYS = w(`Senin Selasa Rabu Kamis Jumat Jum'at Jum’at Sabtu Minggu Ahad`);
export const ID_PRONOUNS = w(`ia dia beliau mereka kami kita saya aku`);
/** What "Menurut X" may name without being a speaker: documents and data. */
export const ID_NOT_SPEAKER = w(`data laporan survei survey hasil catatan riset penelitian studi jadwal aturan undang-undang uu
  peraturan pasal rencana perhitungan prakiraan prediksi kalender ketentuan keputusan informasi pantauan pengamatan analisis
  rilis statistik grafik tabel dokumen kajian berita kabar rekaman video foto perkiraan hitungan rekapitulasi kesaksian notulen risalah salinan draf`);

/** Role heads; multiword roles are matched first. Lower-cased for lookup. */
export const ID_ROLES = new Set(
  `promotor penyelenggara gubernur wakil_gubernur wagub bupati wakil_bupati wabup wali_kota walikota wakil_wali_kota wawali presiden wakil_presiden wapres
  menteri wakil_menteri wamen menko menhub menkeu menlu mendagri menkes mendikbud mendikbudristek menparekraf mensesneg menpan
  mentan menperin mendag menag menhan menaker menpupr menteri_bumn menkominfo menkumham menpora menko_polhukam kapolri kapolda
  kapolres kapolresta kapolrestabes kapolsek kabid kasubdit kasat kasatreskrim kasatlantas kadis kepala ketua wakil_ketua
  sekretaris sekjen sekda sekdaprov direktur direktur_utama dirut dirjen dirreskrimum dirreskrimsus dirlantas deputi asisten
  staf_khusus stafsus juru_bicara jubir dubes duta_besar konsul_jenderal konjen camat lurah kades kepala_desa rektor dekan
  guru_besar pengamat ekonom peneliti anggota panglima pangdam danrem dandim kasad jaksa_agung kajati kajari hakim komisioner
  plt pj penjabat koordinator manajer general_manager gm ceo pendiri pemilik founder pelatih kabag kasubag kasi kapten
  kabareskrim kapuspen kadiv kadivhumas kasubbid kapendam kepala_bidang kepala_dinas ketua_umum ketum presdir chairman
  komisaris direktris analis dosen guru mahasiswa warga pedagang petani nelayan pengusaha aktivis pakar ahli pemerhati
  pengacara kuasa_hukum advokat saksi korban sopir pengemudi ustaz kiai pendeta romo uskup imam ketua_rt ketua_rw
  perdana_menteri raja ratu pangeran kanselir senator duta jaksa jpu jaksa_penuntut_umum penuntut_umum penyidik panitera
  kalaksa ayah ibunda ayahanda suami istri anak kakak adik paman bibi kakek nenek cucu keponakan orang_tua kerabat tetangga
  rekan teman sahabat pelatih pemain kapten atlet siswa pelajar santri buruh karyawan pegawai ojol
  dokter dokter_spesialis perawat bidan apoteker psikolog epidemiolog ahli_epidemiologi pasien keluarga_pasien prakirawan
  forecaster klimatolog seismolog vulkanolog kepala_pelaksana kalaksa petugas relawan pengungsi penyintas wisatawan pengunjung
  penumpang nasabah investor pialang kiper penyerang gelandang bek manajer asisten_pelatih penyanyi aktor aktris artis
  sutradara produser komedian selebritas influencer ketua_majelis_hakim majelis_hakim penasihat_hukum pelapor terlapor
  tersangka terdakwa terpidana narapidana kurator notaris wartawan jurnalis redaktur pemimpin_redaksi penulis budayawan
  sejarawan sosiolog kriminolog pengamat_politik ekonom_senior kepala_ekonom ekonom_kepala direktur_eksekutif peneliti_senior`
    .split(/\s+/)
    .map((r) => r.replace(/_/g, ' ')),
);

/** Ranks and honorifics written before a name; part of the role, never of the canonical name. */
export const ID_TITLES = new Set(
  `kombes kombes_pol kompol kompol_pol akbp akp iptu ipda aiptu aipda bripka brigpol brigadir irjen irjen_pol brigjen brigjen_pol komjen
  komjen_pol jenderal jenderal_pol mayjen letjen kolonel letkol mayor laksamana laksma laksda marsekal marsma marsda
  serka sertu serda kopda pratu pol tni dr dr. prof prof. ir ir. h h. hj hj. kh kh. drs drs. dra pak bu ibu bapak mas
  mbak kak bung cak ning rm mr mrs ms ustaz ustadz kiai syekh pdt romo`
    .split(/\s+/)
    .map((r) => r.replace(/_/g, ' ')),
);

/** Words that belong to a role's complement (places, bodies): they never start a person's name. */
export const ID_PLACE_ORG = new Set(
  `indonesia ri jawa tengah barat timur utara selatan tenggara raya kota kabupaten kab provinsi prov daerah istimewa dki di
  jakarta jateng jabar jatim diy sumatera sumut sumbar sumsel kalimantan kaltim kalbar kalsel kalteng kaltara sulawesi sulsel
  sulteng sultra sulut sulbar papua maluku bali ntt ntb nusa banten aceh riau kepri jambi lampung bengkulu gorontalo bangka
  belitung yogyakarta semarang surabaya bandung medan makassar solo surakarta denpasar palembang malang bogor depok bekasi
  tangerang batam pekanbaru padang manado balikpapan samarinda pontianak banjarmasin kupang mataram jayapura ambon magelang
  salatiga pekalongan tegal kudus pati demak kendal klaten boyolali sukoharjo wonogiri karanganyar sragen purwokerto banyumas
  cilacap kebumen purworejo wonosobo temanggung batang pemalang brebes rembang blora grobogan jepara
  korea korsel korut jepang china tiongkok amerika serikat as singapura malaysia australia thailand vietnam filipina india
  rusia inggris prancis perancis jerman belanda arab saudi uni eropa asean pbb
  dinas badan kementerian kemenhub kemenkeu kemenlu kemendagri kemenkes kemendikbud kemenparekraf humas polda polres polresta
  polrestabes polsek polri tni ad au al kodam korem kodim dpr dprd dpd mpr komisi fraksi partai pemprov pemkot pemkab
  pariwisata perhubungan keuangan luar negeri dalam pendidikan kesehatan perdagangan perindustrian koperasi ukm umkm sosial
  agama pertahanan bumn umum perumahan rakyat pekerjaan kebudayaan ekonomi kreatif bank bi ojk bps bmkg bnpb bpbd kpk kpu
  bawaslu mk ma kejaksaan kejati kejari pengadilan negeri tinggi universitas institut sekolah fakultas rumah sakit rsud rsup
  kedutaan besar kbri konsulat reserse kriminal lalu lintas hubungan masyarakat bidang urusan sekretariat kecamatan kelurahan
  desa bagian seksi sub direktorat kantor wilayah kanwil cabang pusat nasional regional internasional investasi industri
  perdagangan energi sumber daya mineral lingkungan hidup kehutanan pertanian kelautan perikanan tenaga kerja transmigrasi
  komunikasi informatika hukum ham politik keamanan koordinator bidang pemuda olahraga pembangunan perencanaan statistik
  pemerintah pemerintahan negara republik persatuan pt tbk persero bumd pln pertamina garuda telkom kai pelindo angkasa pura
  ditreskrimum ditreskrimsus ditlantas satreskrim satlantas bareskrim divisi propam intelkam reskrim narkoba badan
  penanggulangan bencana pencarian pertolongan basarnas sar dan untuk dari se bersama atas majelis pelaksana harian penuntut
  kejagung tipikor kepolisian resor sektor korban terdakwa tersangka pelaku riset teknologi sains inovasi digital informasi
  kebudayaan ristek dikti tinggi menengah dasar tertinggal`.split(/\s+/),
);

/** Role acronyms and their long forms, so "Menhub" finds "Menteri Perhubungan … Budi Karya Sumadi". */
export const ID_ROLE_ACRONYMS: Record<string, string> = {
  menhub: 'menteri perhubungan',
  menkeu: 'menteri keuangan',
  menlu: 'menteri luar negeri',
  mendagri: 'menteri dalam negeri',
  menkes: 'menteri kesehatan',
  mendag: 'menteri perdagangan',
  menperin: 'menteri perindustrian',
  mentan: 'menteri pertanian',
  menag: 'menteri agama',
  menhan: 'menteri pertahanan',
  menaker: 'menteri ketenagakerjaan',
  menparekraf: 'menteri pariwisata dan ekonomi kreatif',
  menpora: 'menteri pemuda dan olahraga',
  dubes: 'duta besar',
  wagub: 'wakil gubernur',
  wapres: 'wakil presiden',
  wabup: 'wakil bupati',
  wawali: 'wakil wali kota',
  kadis: 'kepala dinas',
  jubir: 'juru bicara',
  sekda: 'sekretaris daerah',
  dirut: 'direktur utama',
  kabid: 'kepala bidang',
  kapolda: 'kepala kepolisian daerah',
  kapolres: 'kepala kepolisian resor',
  kapolri: 'kepala kepolisian',
  konjen: 'konsul jenderal',
  ketum: 'ketua umum',
  kades: 'kepala desa',
  stafsus: 'staf khusus',
};
