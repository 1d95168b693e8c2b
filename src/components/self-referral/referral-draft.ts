/**
 * The answers as the family types them, held in memory only. Nothing here is stored anywhere: "Exit this
 * page" and a successful send replace the draft with an empty one.
 */
import { CONTACT_METHODS } from '../../core/model.js';

export type YesNo = '' | 'yes' | 'no';
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export type OthersMaySee = '' | 'yes' | 'no' | 'not-sure';

/** The consent purposes, each its own recorded choice. */
export const CONSENT_PURPOSES = ['contact', 'share-with-services', 'feedback'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export interface ConsentChoice {
  given: boolean;
  /** When the family last ticked or unticked it (ISO 8601 with offset); absent if never touched. */
  at?: string;
}

export interface ChildDraft {
  /** Stable key for rendering and field ids; never sent. */
  key: number;
  name: string;
  born: YesNo;
  years: string;
  months: string;
  dueMonth: string;
  dueYear: string;
  /** Has additional needs or a disability (asked for born children). */
  send: YesNo;
  needs: string;
}

export interface ReferralDraft {
  name: string;
  relationship: string;
  relationshipOther: string;
  postcode: string;
  children: ChildDraft[];
  categoryIds: string[];
  story: string;
  language: string;
  interpreter: YesNo;
  accessNeeds: string;
  otherProfessionals: string;
  methods: ContactMethod[];
  phone: string;
  email: string;
  address: string;
  times: string;
  mayLeaveMessage: YesNo;
  othersMaySee: OthersMaySee;
  consents: Record<ConsentPurpose, ConsentChoice>;
}

/** Most children a family can add on the children step (the model allows 12). */
export const MAX_CHILDREN = 12;

let nextChildKey = 1;

export function emptyChild(): ChildDraft {
  return { key: nextChildKey++, name: '', born: '', years: '', months: '', dueMonth: '', dueYear: '', send: '', needs: '' };
}

export function emptyDraft(): ReferralDraft {
  return {
    name: '',
    relationship: '',
    relationshipOther: '',
    postcode: '',
    children: [emptyChild()],
    categoryIds: [],
    story: '',
    language: '',
    interpreter: '',
    accessNeeds: '',
    otherProfessionals: '',
    methods: [],
    phone: '',
    email: '',
    address: '',
    times: '',
    mayLeaveMessage: '',
    othersMaySee: '',
    consents: { contact: { given: false }, 'share-with-services': { given: false }, feedback: { given: false } },
  };
}
