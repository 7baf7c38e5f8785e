import { creditCodeProblem, fenToYuan, idNumberProblem, yuanToFen } from '@gig/shared';

describe('resident ID numbers', () => {
  it.each([
    ['11010519491231002X', null],
    ['11010519491231002x', null],
    ['110105194912310021', 'checksum'],
    ['110105194913310028', 'birth_date'],
    ['11010519490230002X', 'birth_date'],
    ['1101051949123100', 'format'],
    ['01010519491231002X', 'format'],
  ])('%s → %s', (id, problem) => {
    expect(idNumberProblem(id)).toBe(problem);
  });
});

describe('unified social credit codes', () => {
  it.each([
    ['91350100M000100Y43', null],
    ['91350100m000100y43', null],
    ['91350100M000100Y44', 'checksum'],
    ['91350100M000100Y4', 'format'],
    ['91350100M000100I43', 'format'],
  ])('%s → %s', (code, problem) => {
    expect(creditCodeProblem(code)).toBe(problem);
  });
});

describe('amounts in yuan as typed', () => {
  it.each([
    ['3500', 350000],
    ['3,500.5', 350050],
    ['3500.05', 350005],
    ['0.1', 10],
    [' 12 000 ', 1200000],
    ['3500.555', null],
    ['-3', null],
    ['abc', null],
    ['1e5', null],
  ])('%s → %p fen', (input, fen) => {
    expect(yuanToFen(input)).toBe(fen);
  });

  it('fen print back as yuan with two decimals', () => {
    expect(fenToYuan(350050)).toBe('3500.50');
    expect(fenToYuan(5)).toBe('0.05');
  });
});
