import { describe, expect, it } from 'vitest';
import { classifySearch } from './search';

describe('the one search box', () => {
  it.each([
    ['', 'recent', ''],
    ['  ', 'recent', ''],
    ['11010520261123010001', 'caseNumber', '11010520261123010001'],
    ['1101052026', 'caseNumber', '1101052026'],
    ['11010519491231002x', 'idNumber', '11010519491231002X'],
    ['110105 19491231 002X', 'idNumber', '11010519491231002X'],
    ['91350100m000100y43', 'creditCode', '91350100M000100Y43'],
    ['+86 138-1234-5678', 'phone', '13812345678'],
    ['0571-88886666', 'phone', '057188886666'],
    ['H12345678', 'idNumber', 'H12345678'],
    ['E12345678', 'idNumber', 'E12345678'],
    ['张伟', 'name', '张伟'],
    ['云溪县第一中学', 'name', '云溪县第一中学'],
  ])('%j → %s %j', (q, field, value) => {
    expect(classifySearch(q)).toEqual({ field, value });
  });

  it('reads an all-digit 18-character code with a valid credit-code check as a credit code, not an ID', () => {
    // 18 digits whose GB 32100 check digit is right but whose GB 11643 check char is not.
    const code = '913501000000000051';
    expect(classifySearch(code).field).toBe('creditCode');
  });
});
