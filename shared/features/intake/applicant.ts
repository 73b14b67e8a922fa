import { z } from 'zod';
import { hallDay } from '../../domain/clock';
import { creditCodeProblem, isLandline, normalizeMobile, residentIdProblem } from '../../domain/identifiers';
import { plainText } from '../../domain/text';

/**
 * Who applies (issue 4, DOMAIN §7): a person with a resident ID, or an organisation with its unified social
 * credit code and a contact person; an agent when someone applies for them. Every check answers at the field
 * with a message a clerk can act on; an ID number is upper-cased, a mobile number normalised.
 */
/** Identity documents a person may apply with; the resident ID is checked with the GB 11643 algorithm. */
export const ID_TYPES = ['resident', 'hkMacauPass', 'taiwanPass', 'passport'] as const;
export const IdType = z.enum(ID_TYPES);
export type IdType = z.infer<typeof IdType>;

/** How each identity document is named, on screen and on notices. */
export const ID_TYPE_LABELS: Record<IdType, string> = {
  resident: '居民身份证',
  hkMacauPass: '港澳居民来往内地通行证',
  taiwanPass: '台湾居民来往大陆通行证',
  passport: '护照',
};

const OTHER_ID_FORMATS: Record<Exclude<IdType, 'resident'>, { pattern: RegExp; message: string }> = {
  hkMacauPass: { pattern: /^[HM]\d{8}(\d{2})?$/, message: '港澳居民来往内地通行证号码应为H或M加8位或10位数字' },
  taiwanPass: { pattern: /^\d{8}$/, message: '台湾居民来往大陆通行证号码应为8位数字' },
  passport: { pattern: /^[A-Z0-9]{5,17}$/, message: '护照号码应为5至17位字母或数字' },
};

export function idNumberProblem(idType: IdType, idNumber: string): string | null {
  if (idType === 'resident') return residentIdProblem(idNumber, hallDay(Date.now()));
  const format = OTHER_ID_FORMATS[idType];
  return format.pattern.test(idNumber) ? null : format.message;
}

const upperCased = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase());

const residentId = upperCased.superRefine((id, ctx) => {
  const problem = idNumberProblem('resident', id);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const creditCode = upperCased.superRefine((code, ctx) => {
  const problem = creditCodeProblem(code);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A mobile (normalised to 11 digits) or a landline with its area code. */
export const phone = z
  .string()
  .trim()
  .transform((raw, ctx) => {
    const mobile = normalizeMobile(raw);
    if (mobile) return mobile;
    if (isLandline(raw)) return raw.replace(/\s/g, '');
    ctx.addIssue({ code: 'custom', message: '请输入11位手机号码或带区号的固定电话' });
    return z.NEVER;
  });

export const Agent = z.object({
  name: plainText('代理人姓名', 30),
  idNumber: residentId,
  phone,
});

export const PersonApplicant = z
  .object({
    kind: z.literal('person'),
    name: plainText('申请人姓名', 30),
    idType: IdType.default('resident'),
    idNumber: upperCased,
    phone,
    agent: Agent.nullable(),
  })
  .superRefine((person, ctx) => {
    const problem = idNumberProblem(person.idType, person.idNumber);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['idNumber'] });
  });

export const OrganisationApplicant = z.object({
  kind: z.literal('organisation'),
  name: plainText('单位名称', 100),
  creditCode,
  contactName: plainText('联系人', 30),
  phone,
  agent: Agent.nullable(),
});

export const Applicant = z.discriminatedUnion('kind', [PersonApplicant, OrganisationApplicant]);
export type Applicant = z.output<typeof Applicant>;
