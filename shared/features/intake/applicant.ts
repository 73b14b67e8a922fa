import { z } from 'zod';
import { hallDay } from '../../domain/clock';
import { creditCodeProblem, isLandline, normalizeMobile, residentIdProblem } from '../../domain/identifiers';
import { plainText } from '../../domain/text';

/**
 * Who applies (issue 4, DOMAIN §7): a person with a resident ID, or an organisation with its unified social
 * credit code and a contact person; an agent when someone applies for them. Every check answers at the field
 * with a message a clerk can act on; an ID number is upper-cased, a mobile number normalised.
 */
const residentId = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((id, ctx) => {
    const problem = residentIdProblem(id, hallDay(Date.now()));
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const creditCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((code, ctx) => {
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

export const PersonApplicant = z.object({
  kind: z.literal('person'),
  name: plainText('申请人姓名', 30),
  idNumber: residentId,
  phone,
  agent: Agent.nullable(),
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
