/** Messages of one feature, in both languages; merged into id.ts and en.ts. */
const id = {
  'simx.error.gone': 'Peristiwa ini sudah tidak ada; mungkin dihapus di tab lain.',
  'simx.edit': 'Ubah',
  'simx.editing': 'Mengubah: {what}',
  'simx.save': 'Simpan perubahan',
  'simx.cancelEdit': 'Batal mengubah',
  'simx.notEditable': 'Peristiwa jenis ini diubah dari halaman rencana atau berkas skenario.',
  'simx.changes.same': 'Monte Carlo {runs} ulangan (seed {seed}), sebelum dan sesudah pada undian acak yang sama: unit yang tidak tersentuh tidak berubah sama sekali.',
  'simx.changes.running': 'Menghitung Monte Carlo sebelum dan sesudah…',
  'simx.changes.none': 'Pada undian yang sama, tidak ada unit yang berubah.',
  'simx.changes.months': 'Bulan berubah',
  'simx.changes.p50': 'EJ median tertinggi',
  'simx.changes.risk': 'Peluang kelebihan beban atau kosong (tertinggi)',
  'simx.vacant': 'kosong',
  'simx.timeline.draw': 'Seret dengan penunjuk di atas linimasa untuk memilih bulan lonjakan permintaan, atau ketik bulannya di formulir peristiwa.',
  'simx.timeline.drawn': 'Bulan {from} – {to} dipilih untuk lonjakan. Pilih unitnya lalu tambahkan.',
} as const;

const en: Record<keyof typeof id, string> = {
  'simx.error.gone': 'This event no longer exists; it may have been removed in another tab.',
  'simx.edit': 'Edit',
  'simx.editing': 'Editing: {what}',
  'simx.save': 'Save changes',
  'simx.cancelEdit': 'Cancel editing',
  'simx.notEditable': 'Events of this kind are changed on the plan page or in the scenario file.',
  'simx.changes.same': 'Monte Carlo of {runs} runs (seed {seed}), before and after on the same random draws: units the change does not reach stay exactly the same.',
  'simx.changes.running': 'Running the Monte Carlo before and after…',
  'simx.changes.none': 'On the same draws, no unit changes.',
  'simx.changes.months': 'Months changed',
  'simx.changes.p50': 'Highest median EJ',
  'simx.changes.risk': 'Chance of overload or vacancy (highest)',
  'simx.vacant': 'vacant',
  'simx.timeline.draw': 'Drag with the pointer across the timeline to pick the months of a demand spike, or type the months in the event form.',
  'simx.timeline.drawn': 'Months {from} – {to} picked for a spike. Choose the unit, then add it.',
};

export const simulationMessages = { id, en };
