import { z } from 'zod';
import { feature, method } from '../../api/define';
import { ANY_STAFF, MANAGERS, STAFF_ROLES } from '../../api/roles';
import { plainText } from '../../domain/text';
import { photoDataUrl, photoVersion, StaffPhoto } from './photo';

export const jobNumber = z.string().trim().regex(/^[A-Za-z0-9]{2,16}$/, '工号应为2至16位字母或数字');
export const pin = z.string().regex(/^\d{4,8}$/, 'PIN应为4至8位数字');

export const StaffRole = z.enum(STAFF_ROLES);

export const StaffMember = z.object({
  id: z.string(),
  jobNumber: z.string(),
  name: z.string(),
  role: StaffRole,
  active: z.boolean(),
});
export type StaffMember = z.infer<typeof StaffMember>;

/** A row of the staff list: the member and whether (which) photo they have. */
export const StaffEntry = StaffMember.extend({ photoVersion });
export type StaffEntry = z.infer<typeof StaffEntry>;

/** The clerk serving at a window, as the window's pad shows them: name, job number and photo. */
export const ClerkOnDuty = z.object({ id: z.string(), name: z.string(), jobNumber: z.string(), photoVersion });
export type ClerkOnDuty = z.infer<typeof ClerkOnDuty>;

export const StaffSession = z.object({
  staff: StaffMember,
  window: z.object({ id: z.string(), number: z.number(), name: z.string() }).nullable(),
  signedInAt: z.number(),
});
export type StaffSession = z.infer<typeof StaffSession>;

/** What sign-in returns: the session and its bearer token, which every later call carries. */
export const SignedIn = StaffSession.extend({ token: z.string() });
export type SignedIn = z.infer<typeof SignedIn>;

export const staffFeature = feature({
  methods: {
    signIn: method({
      summary: 'Sign in with job number and PIN, at a window or (managers) without one.',
      input: z.object({ jobNumber, pin, windowId: z.string().uuid().nullable() }),
      output: SignedIn,
      devices: ['host', 'window'],
    }),
    signOut: method({
      summary: 'End the current session; the window it held is closed.',
      input: z.object({}),
      output: z.object({ ok: z.literal(true) }),
      devices: ['host', 'window'],
      staff: ANY_STAFF,
    }),
    me: method({
      summary: 'The current session.',
      input: z.object({}),
      output: StaffSession,
      devices: ['host', 'window'],
      staff: ANY_STAFF,
    }),
    list: method({
      summary: 'All staff of the hall.',
      input: z.object({}),
      output: z.array(StaffEntry),
      devices: ['host', 'window'],
      staff: MANAGERS,
    }),
    create: method({
      summary: 'Add a staff member with an initial PIN.',
      input: z.object({ jobNumber, name: plainText('姓名', 20), role: StaffRole, pin }),
      output: StaffMember,
      devices: ['host', 'window'],
      staff: ['admin'],
    }),
    setPhoto: method({
      summary: 'Set a staff member’s photo (a JPEG data URL, at most 100 KB) or remove it (null); the pad shows it.',
      input: z.object({ staffId: z.string().uuid(), photo: photoDataUrl.nullable() }),
      output: StaffEntry,
      devices: ['host', 'window'],
      staff: ['admin'],
    }),
    photo: method({
      summary: 'The photo of a staff member signed in at a window (of anyone, for a signed-in manager); null when there is none to show.',
      input: z.object({ staffId: z.string().uuid() }),
      output: StaffPhoto.nullable(),
      devices: ['host', 'window', 'pad', 'board'],
    }),
  },
  events: {},
});
