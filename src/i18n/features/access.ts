/** Messages of one feature, in both languages; merged into id.ts and en.ts. */
const id = {
  'intro.start': 'Mulai tur',
  'intro.resume': 'Lanjutkan tur ({k}/{n})',
  'intro.label': 'Tur pengenalan',
  'intro.stepOf': 'Langkah {k} dari {n}',
  'intro.announce': 'Langkah {k} dari {n}: {title}',
  'intro.next': 'Lanjut',
  'intro.back': 'Kembali',
  'intro.finish': 'Selesai',
  'intro.close': 'Tutup tur (bisa dilanjutkan nanti)',
  'intro.missing': 'Bagian yang dimaksud belum tampil di layar ini.',
  'intro.welcome.title': 'Selamat datang di Seimbang',
  'intro.welcome.body':
    'Tur singkat ini memakai skenario contoh {name}: {units} unit kerja dan {people} pegawai, semuanya fiktif. Angka di atas merangkum seberapa seimbang pegawai dibagi menurut beban kerja. Tekan Lanjut, atau Esc untuk menutup; tur bisa dilanjutkan nanti dari tombol di kepala halaman.',
  'intro.need.title': 'Kebutuhan pegawai dari beban kerja (ABK)',
  'intro.need.body':
    'Ini tabel tugas di {unit}. Beban kerja satu tugas = volume setahun × norma waktu (menit per hasil). Kebutuhan pegawai suatu jabatan = jumlah beban kerja tugasnya ÷ waktu kerja efektif (WKE), di skenario ini {wke} menit = {hours} jam setahun (PermenPAN-RB 1/2020). Ubah volume atau norma waktu, dan kebutuhan langsung dihitung ulang.',
  'intro.ej.title': 'Efisiensi jabatan (EJ)',
  'intro.ej.body':
    'EJ = beban kerja ÷ (jumlah pegawai × WKE). Di atas 1 berarti kelebihan beban (pegawai kurang), di bawah 1 berarti ada kapasitas lebih. Di grafik, batang abu-abu adalah pegawai dan garis hitam kebutuhan; batang berwarna di kanan adalah EJ tiap unit, dengan garis putus-putus di EJ = 1. Tabel di bawah grafik memuat angka yang sama.',
  'intro.bands.title': 'Kelas EJ: A sampai E',
  'intro.bands.body':
    'Setiap EJ diberi kelas (praktik Permendagri 12/2008, bisa diubah per skenario): A di atas {a} (kelebihan beban), B {b}–{a} (seimbang), C {c} sampai di bawah {b}, D {d} sampai di bawah {c}, E di bawah {d} (makin kurang dimanfaatkan). Warna yang sama dipakai di semua grafik, selalu disertai hurufnya.',
  'intro.retire.title': 'Aturan pensiun (BUP)',
  'intro.retire.body':
    'Batas usia pensiun mengikuti kelas jabatan (PP 11/2017 ps. 239): 58 tahun untuk administrator, pengawas, pelaksana, JF Ahli Pertama, Ahli Muda dan Keterampilan; 60 untuk JPT dan JF Ahli Madya; 65 untuk JF Ahli Utama. Pensiun berlaku (TMT) tanggal 1 bulan berikutnya setelah usia itu tercapai. {example}',
  'intro.retire.example': 'Contoh: {name}, lahir {birth}, BUP {age} tahun, TMT pensiun {date}.',
  'intro.wave.title': 'Gelombang pensiun',
  'intro.wave.body':
    'Simulasi menerapkan aturan itu pada semua pegawai: daftar ini memuat siapa yang pensiun dan kapan ({n} orang dalam 36 bulan ke depan). Peta panas di atasnya menunjukkan unit mana yang menjadi kelebihan beban karenanya.',
  'intro.rules.title': 'Aturan mutasi',
  'intro.rules.body':
    'Rencana mutasi hanya mengusulkan pindahan yang memenuhi aturan (PP 11/2017 jo. PP 17/2020 ps. 190–193; Peraturan BKN 5/2019): paling sedikit {min} tahun di jabatan sekarang (rotasi paling lama {max} tahun), tidak dipindah dalam {margin} bulan sebelum pensiun, kualifikasi (pendidikan dan kompetensi) sesuai syarat jabatan tujuan, dan pegawai berstatus dilindungi tidak dipindah. Di sini Anda mengatur tanggal rencana dan batas jumlah mutasi.',
  'intro.plan.title': 'Usulkan rencana',
  'intro.plan.body':
    'Tombol ini menghitung rencana optimal. Setiap usulan pindahan membawa alasannya dan daftar aturan yang diperiksa; panel "Mengapa tidak?" menyebut aturan yang melarang suatu pindahan. Selesai: tur bisa diulang kapan saja dari kepala halaman.',
  'a11y.scenarioBar': 'Skenario yang dibuka',
  'a11y.showTable': 'Tampilkan sebagai tabel',
  'a11y.month': 'Bulan',
  'a11y.vacant': 'Kosong',
  'a11y.metric': 'Ukuran',
  'a11y.events': 'Peristiwa yang mulai',
  'a11y.median': 'Median',
  'a11y.expected': 'Nilai harapan',
  'a11y.objective': 'Nilai tujuan',
} as const;

const en: Record<keyof typeof id, string> = {
  'intro.start': 'Start tour',
  'intro.resume': 'Continue tour ({k}/{n})',
  'intro.label': 'Introduction tour',
  'intro.stepOf': 'Step {k} of {n}',
  'intro.announce': 'Step {k} of {n}: {title}',
  'intro.next': 'Next',
  'intro.back': 'Back',
  'intro.finish': 'Finish',
  'intro.close': 'Close tour (you can continue later)',
  'intro.missing': 'The part this step points at is not on this screen yet.',
  'intro.welcome.title': 'Welcome to Seimbang',
  'intro.welcome.body':
    'This short tour uses the sample scenario {name}: {units} work units and {people} staff, all fictional. The figures above sum up how evenly staff are spread by workload. Press Next, or Esc to close; you can continue later from the button in the page header.',
  'intro.need.title': 'Staff need from workload (ABK)',
  'intro.need.body':
    'This is the task table of {unit}. The workload of a task = yearly volume × norm time (minutes per output). The staff a position needs = the sum of its task workloads ÷ effective working time (WKE), in this scenario {wke} minutes = {hours} hours a year (PermenPAN-RB 1/2020). Change a volume or a norm time and the need is recomputed at once.',
  'intro.ej.title': 'Position efficiency (EJ)',
  'intro.ej.body':
    'EJ = workload ÷ (staff × WKE). Above 1 means overloaded (too few people), below 1 means spare capacity. In the chart the grey bar is the staff and the black line the need; the coloured bar on the right is each unit’s EJ, with a dashed line at EJ = 1. The table below the chart holds the same figures.',
  'intro.bands.title': 'EJ bands: A to E',
  'intro.bands.body':
    'Each EJ gets a band (Permendagri 12/2008 practice, a setting per scenario): A above {a} (overloaded), B {b}–{a} (balanced), C {c} to below {b}, D {d} to below {c}, E below {d} (increasingly under-used). Every chart uses the same colours, always with the letter.',
  'intro.retire.title': 'The retirement rule (BUP)',
  'intro.retire.body':
    'The retirement age follows the position class (PP 11/2017 art. 239): 58 for administrator, supervisor and staff posts, JF Ahli Pertama, Ahli Muda and Keterampilan; 60 for JPT and JF Ahli Madya; 65 for JF Ahli Utama. Retirement takes effect (TMT) on the 1st of the month after that age is reached. {example}',
  'intro.retire.example': 'Example: {name}, born {birth}, retirement age {age}, retires on {date}.',
  'intro.wave.title': 'The retirement wave',
  'intro.wave.body':
    'The simulation applies that rule to everyone: this list shows who retires and when ({n} people in the next 36 months). The heatmap above it shows which units become overloaded as a result.',
  'intro.rules.title': 'Transfer rules',
  'intro.rules.body':
    'The plan only proposes moves that keep the rules (PP 11/2017 as amended by PP 17/2020, art. 190–193; BKN Regulation 5/2019): at least {min} years in the current post (rotation after at most {max} years), no move within {margin} months of retirement, qualifications (education and competences) that fit the new post, and protected staff stay where they are. Here you set the plan date and a cap on the number of moves.',
  'intro.plan.title': 'Propose a plan',
  'intro.plan.body':
    'This button computes an optimal plan. Every proposed move carries its reasons and the rules it was checked against; the "Why not?" panel names the rule that forbids a move. That is all: you can take the tour again any time from the page header.',
  'a11y.scenarioBar': 'Open scenario',
  'a11y.showTable': 'Show as a table',
  'a11y.month': 'Month',
  'a11y.vacant': 'Vacant',
  'a11y.metric': 'Measure',
  'a11y.events': 'Events starting',
  'a11y.median': 'Median',
  'a11y.expected': 'Expected',
  'a11y.objective': 'Objective value',
};

export const accessMessages = { id, en };
