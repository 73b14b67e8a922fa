import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { Applicant } from './applicant';

const person = { kind: 'person', name: '张伟', idNumber: '11010519491231002x', phone: '+86 138-1234-5678', agent: null };
const organisation = {
  kind: 'organisation',
  name: '云溪建设工程有限公司',
  creditCode: '91350100m000100y43',
  contactName: '李娜',
  phone: '0571-88886666',
  agent: null,
};

/** Field path → message, as the form shows them. */
function fieldsOf(input: unknown): Record<string, string> {
  const result = Applicant.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries((result.error as z.ZodError).issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the applicant', () => {
  it('accepts a person and an organisation, normalising ID, credit code and mobile', () => {
    expect(Applicant.parse(person)).toMatchObject({ idNumber: '11010519491231002X', phone: '13812345678' });
    expect(Applicant.parse(organisation)).toMatchObject({ creditCode: '91350100M000100Y43', phone: '0571-88886666' });
  });

  it.each([
    [{ ...person, idNumber: '110105194912310021' }, 'idNumber', '身份证号码校验位不正确'],
    [{ ...person, idNumber: '110105203001010012' }, 'idNumber', '身份证号码中的出生日期晚于今天'],
    [{ ...person, idNumber: '110105194902300029' }, 'idNumber', '身份证号码中的出生日期不存在'],
    [{ ...person, idNumber: '110105491231002' }, 'idNumber', '15位旧身份证号码不能用于新办件，请使用18位号码'],
    [{ ...person, phone: '12345' }, 'phone', '请输入11位手机号码或带区号的固定电话'],
    [{ ...person, name: '<script>alert(1)</script>' }, 'name', '申请人姓名不能包含 < > 等标记字符'],
    [{ ...person, name: '张'.repeat(31) }, 'name', '申请人姓名不能超过30个字'],
    [{ ...organisation, creditCode: '91350100M000100Y44' }, 'creditCode', '统一社会信用代码校验位不正确'],
    [{ ...organisation, creditCode: '91350100IOOO100Y43' }, 'creditCode', '统一社会信用代码不能包含字符“I”'],
    [{ ...organisation, contactName: '' }, 'contactName', '联系人不能为空'],
    [{ ...person, agent: { name: '王芳', idNumber: '11010519491231002X', phone: '1' } }, 'agent.phone', '请输入11位手机号码或带区号的固定电话'],
  ])('refuses %o at %s with a clear message', (input, field, message) => {
    expect(fieldsOf(input)[field]).toBe(message);
  });
});

describe('identity documents other than the resident ID', () => {
  it.each([
    ['hkMacauPass', 'H12345678', null],
    ['hkMacauPass', 'X12345678', '港澳居民来往内地通行证号码应为H或M加8位或10位数字'],
    ['taiwanPass', '12345678', null],
    ['taiwanPass', '1234567', '台湾居民来往大陆通行证号码应为8位数字'],
    ['passport', 'e12345678', null],
    ['passport', 'E1234-5678', '护照号码应为5至17位字母或数字'],
  ])('%s %s → %s', (idType, idNumber, message) => {
    expect(fieldsOf({ ...person, idType, idNumber })['idNumber'] ?? null).toBe(message);
  });

  it('checks a resident ID by default and keeps the type', () => {
    expect(Applicant.parse(person)).toMatchObject({ idType: 'resident' });
    expect(fieldsOf({ ...person, idNumber: 'E12345678' })['idNumber']).toBe('身份证号码应为18位，最后一位可为X');
    expect(fieldsOf({ ...person, idType: 'passport', idNumber: 'E12345678' })).toEqual({});
  });
});
