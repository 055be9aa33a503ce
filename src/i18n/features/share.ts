/** Messages of one feature, in both languages; merged into id.ts and en.ts. */
const id = {
  'share.exportAnon': 'Ekspor anonim',
  'share.anonTitle': 'Berbagi tanpa data pribadi',
  'share.anonExplain':
    'Ekspor anonim mengganti nama pegawai dengan nama samaran (Pegawai 0001, …) dan NIP dengan NIP buatan yang tetap sah. Tahun dan bulan lahir dipertahankan, jadi tanggal pensiun, rencana mutasi dan simulasi tetap sama. Catatan, alasan status dilindungi, keterangan skenario dan nama rencana tidak ikut. Riwayat jabatan (nama unit dan jabatan) tetap ikut. Kunci untuk mengenali kembali pegawai hanya disimpan di peramban ini, tidak pernah di dalam berkas.',
  'share.anonDone': 'Berkas anonim {id} dibuat ({count} pegawai). Kuncinya disimpan di peramban ini.',
  'share.key': 'Kunci anonim',
  'share.keyHide': 'Tutup kunci',
  'share.keyTitle': 'Kunci salinan anonim {id}',
  'share.keyNote': 'Hanya di perangkat ini. Menampilkan {shown} dari {total} pegawai.',
  'share.keyNone': 'Tidak ada kunci anonim untuk skenario ini di perangkat ini.',
  'share.pseudonym': 'Nama samaran',
  'share.syntheticNip': 'NIP buatan',
  'share.realName': 'Nama sebenarnya',
  'share.realNip': 'NIP sebenarnya',
  'share.planMoves': 'Rencana "{name}": mutasi dengan identitas sebenarnya',
  'share.moveTo': 'Ke jabatan',
  'share.unknown': 'tidak dikenal',
  'share.drop': 'atau seret berkas skenario ke halaman ini',
  'share.dropHere': 'Lepaskan untuk mengimpor berkas skenario',
  'share.loading': 'Membaca {count} pegawai…',
  'share.exporting': 'Menyiapkan berkas “{name}”… (untuk instansi besar bisa memakan waktu setengah menit)',
  'share.exportFailed': 'Berkas tidak dapat dibuat: {message}',
  'share.previewing': 'Dasbor dihitung dari ringkasan tersimpan; membaca data lengkap {count} dari {total} pegawai…',
  'share.previewWait': 'Halaman ini terbuka setelah semua data pegawai terbaca ({count} dari {total}).',
  'share.usage': 'Penyimpanan peramban terpakai: {used} dari {quota} ({percent}%).',
  'share.quotaFull':
    'Penyimpanan peramban penuh: perubahan terakhir belum tersimpan (masih tampil di layar; data yang sudah tersimpan aman). Ekspor skenario yang tidak dipakai ke berkas lalu hapus dari daftar skenario, kemudian simpan lagi.',
  'share.quotaLibrary':
    'Penyimpanan peramban penuh: tidak ada yang diubah. Ekspor skenario yang tidak dipakai ke berkas lalu hapus untuk memberi ruang.',
  'share.retry': 'Simpan lagi',
  'share.manage': 'Kelola skenario',
} as const;

const en: Record<keyof typeof id, string> = {
  'share.exportAnon': 'Export anonymised',
  'share.anonTitle': 'Sharing without personal data',
  'share.anonExplain':
    'An anonymised export replaces employees\' names with pseudonyms (Pegawai 0001, …) and NIPs with valid synthetic ones. Birth year and month are kept, so retirement dates, transfer plans and simulations stay the same. Notes, reasons for protection, the scenario description and plan names are left out. Career history (unit and post names) is kept. The key to re-identify people is stored in this browser only, never in the file.',
  'share.anonDone': 'Anonymised file {id} made ({count} employees). Its key is kept in this browser.',
  'share.key': 'Anonymisation key',
  'share.keyHide': 'Close key',
  'share.keyTitle': 'Key of the anonymised copy {id}',
  'share.keyNote': 'On this device only. Showing {shown} of {total} employees.',
  'share.keyNone': 'No anonymisation key for this scenario on this device.',
  'share.pseudonym': 'Pseudonym',
  'share.syntheticNip': 'Synthetic NIP',
  'share.realName': 'Real name',
  'share.realNip': 'Real NIP',
  'share.planMoves': 'Plan "{name}": moves with real identities',
  'share.moveTo': 'To post',
  'share.unknown': 'unknown',
  'share.drop': 'or drop a scenario file on this page',
  'share.dropHere': 'Release to import the scenario file',
  'share.loading': 'Reading {count} employees…',
  'share.exporting': 'Preparing the file “{name}”… (a large agency can take half a minute)',
  'share.exportFailed': 'The file could not be made: {message}',
  'share.previewing': 'Dashboard computed from the stored digest; reading the full records of {count} of {total} employees…',
  'share.previewWait': 'This page opens once every employee has been read ({count} of {total}).',
  'share.usage': 'Browser storage used: {used} of {quota} ({percent}%).',
  'share.quotaFull':
    'Browser storage is full: the last change is not saved (it is still on screen; what was saved before is safe). Export scenarios you do not use to files and delete them from the scenario list, then save again.',
  'share.quotaLibrary':
    'Browser storage is full: nothing was changed. Export scenarios you do not use to files and delete them to make room.',
  'share.retry': 'Save again',
  'share.manage': 'Manage scenarios',
};

export const shareMessages = { id, en };
