import { describe, expect, it } from 'vitest';
import { formatNip, parseNip } from '../../src/core/nip';

describe('parseNip: valid PNS numbers', () => {
  it('reads the worked example 19860926 201505 1 001', () => {
    expect(parseNip('19860926 201505 1 001')).toEqual({
      ok: true,
      value: { status: 'PNS', birthDate: '1986-09-26', appointed: '2015-05', sex: 'L', sequence: 1 },
    });
  });

  it.each([
    // [nip, birthDate, appointed, sex, sequence]
    ['198609262015051001', '1986-09-26', '2015-05', 'L', 1],
    ['196803151990031002', '1968-03-15', '1990-03', 'L', 2],
    ['199001012015032001', '1990-01-01', '2015-03', 'P', 1],
    ['196802291990122999', '1968-02-29', '1990-12', 'P', 999], // leap day
    ['196812311990011010', '1968-12-31', '1990-01', 'L', 10],
    ['  19860926  201505 1 001 ', '1986-09-26', '2015-05', 'L', 1], // any spacing
  ])('%s -> born %s, TMT CPNS %s, sex %s, sequence %i', (nip, birthDate, appointed, sex, sequence) => {
    const result = parseNip(nip);
    expect(result).toEqual({ ok: true, value: { status: 'PNS', birthDate, appointed, sex, sequence } });
  });
});

describe('parseNip: invalid PNS numbers', () => {
  it.each([
    ['197502302000031001', 'birth date 1975-02-30 does not exist'],
    ['197502292000031001', 'birth date 1975-02-29 does not exist'], // 1975 is not a leap year
    ['197513012000031001', 'birth date 1975-13-01 does not exist'], // bad birth month
    ['197500102000031001', 'birth date 1975-00-10 does not exist'],
    ['197504002000031001', 'birth date 1975-04-00 does not exist'],
    ['189912312000031001', 'birth date 1899-12-31 does not exist'], // before 1900
    ['197501012000131001', 'TMT CPNS 2000-13 is not a real month'], // bad TMT month
    ['197501012000001001', 'TMT CPNS 2000-00 is not a real month'],
    ['197501011985031001', 'appointment year 1985 is before the age of 15 (born 1975-01-01)'],
    ['197501012000033001', 'sex digit must be 1 (male) or 2 (female), found 3'],
    ['197501012000030001', 'sex digit must be 1 (male) or 2 (female), found 0'],
    ['197501012000031000', 'sequence number 000 is not issued'],
    ['19750101200003100', 'must be 18 digits'], // 17 digits
    ['1975010120000310011', 'must be 18 digits'], // 19 digits
    ['19750101200003100A', 'must be 18 digits'],
    ['1975-01-01 200003 1 001', 'must be 18 digits'],
    ['', 'must be 18 digits'],
  ])('%j -> %s', (nip, problem) => {
    expect(parseNip(nip)).toEqual({ ok: false, problem });
  });
});

describe('parseNip: PPPK numbers', () => {
  it.each([
    // [number, birthDate, appointed year, field code, sex, sequence]
    ['199205102021052004', '1992-05-10', '2021', '05', 'P', 4],
    ['198001012022251001', '1980-01-01', '2022', '25', 'L', 1],
    ['19920510 2021 05 2 004', '1992-05-10', '2021', '05', 'P', 4],
  ])('%s -> born %s, appointed %s, field %s, sex %s, sequence %i', (nip, birthDate, appointed, fieldCode, sex, sequence) => {
    expect(parseNip(nip, 'PPPK')).toEqual({
      ok: true,
      value: { status: 'PPPK', birthDate, appointed, sex, sequence, fieldCode },
    });
  });

  it.each([
    ['198001012022253001', 'PPPK', 'sex digit must be 1 (male) or 2 (female), found 3'],
    ['198001012022251000', 'PPPK', 'sequence number 000 is not issued'],
    ['198002302022251001', 'PPPK', 'birth date 1980-02-30 does not exist'],
    ['198001011990251001', 'PPPK', 'appointment year 1990 is before the age of 15 (born 1980-01-01)'],
    // a PPPK number with field code 25 read as a NIP: "month" 25 of TMT CPNS
    ['198001012022251001', 'PNS', 'TMT CPNS 2022-25 is not a real month'],
  ] as const)('%s read as %s -> %s', (nip, status, problem) => {
    expect(parseNip(nip, status)).toEqual({ ok: false, problem });
  });

  it('defaults to PNS', () => {
    const result = parseNip('199205102021052004');
    expect(result.ok && result.value.status).toBe('PNS');
  });
});

describe('formatNip', () => {
  it.each([
    ['198609262015051001', 'PNS', '19860926 201505 1 001'],
    ['199205102021052004', 'PPPK', '19920510 2021 05 2 004'],
    ['19860926 201505 1 001', 'PNS', '19860926 201505 1 001'],
    ['12345', 'PNS', '12345'], // not 18 digits: left as it is
  ] as const)('%s (%s) -> %s', (nip, status, expected) => {
    expect(formatNip(nip, status)).toBe(expected);
  });

  it('round-trips with parseNip', () => {
    const formatted = formatNip('198609262015051001');
    expect(parseNip(formatted).ok).toBe(true);
  });
});
