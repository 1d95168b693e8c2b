/**
 * The category tree for the demo directory: the national family hubs service directory's two-level list,
 * plus the six funded Start for Life strands under one "Start for Life" parent. Names are public facts
 * (shared/fixtures/taxonomy/family-hub-categories.json); the `start-for-life` parent id is our own.
 */
import type { Category } from '../../core/model.js';

interface CategoryNode {
  id: string;
  name: string;
  children: { id: string; name: string }[];
}

const child = (parentId: string, slug: string, name: string) => ({ id: `${parentId}/${slug}`, name });

const ACTIVITIES = 'activities-clubs-and-groups';
const FAMILY = 'family-support';
const HEALTH = 'health';
const EARLY_YEARS = 'pregnancy-birth-and-early-years';
const SEND = 'special-educational-needs-and-disabilities-send';
const TRANSPORT = 'transport';

export const START_FOR_LIFE_ID = 'start-for-life';

/** The six funded Start for Life strands, by short name. */
export const STRANDS = {
  parenting: 'parenting-support',
  relationshipsAndMentalHealth: 'parent-infant-relationships-and-perinatal-mental-health-support',
  earlyLanguage: 'early-language-and-the-home-learning-environment',
  infantFeeding: 'infant-feeding-support',
  panel: 'parent-and-carer-panels',
  publishing: 'publishing-the-start-for-life-offer',
} as const;

const TREE: CategoryNode[] = [
  {
    id: ACTIVITIES,
    name: 'Activities, clubs and groups',
    children: [
      child(ACTIVITIES, 'activities', 'Activities'),
      child(ACTIVITIES, 'before-and-after-school-clubs', 'Before and after school clubs'),
      child(ACTIVITIES, 'holiday-clubs-and-schemes', 'Holiday clubs and schemes'),
      child(ACTIVITIES, 'music-arts-and-dance', 'Music, arts and dance'),
      child(ACTIVITIES, 'parent-baby-and-toddler-groups', 'Parent, baby and toddler groups'),
      child(ACTIVITIES, 'pre-school-playgroup', 'Pre-school playgroup'),
      child(ACTIVITIES, 'sports-and-recreation', 'Sports and recreation'),
    ],
  },
  {
    id: FAMILY,
    name: 'Family support',
    children: [
      child(FAMILY, 'bullying-and-cyber-bullying', 'Bullying and cyber bullying'),
      child(FAMILY, 'debt-and-welfare-advice', 'Debt and welfare advice'),
      child(FAMILY, 'domestic-abuse', 'Domestic abuse'),
      child(FAMILY, 'intensive-targeted-family-support', 'Intensive targeted family support'),
      child(FAMILY, 'money-benefits-and-housing', 'Money, benefits and housing'),
      child(FAMILY, 'parenting-support', 'Parenting support'),
      child(FAMILY, 'reducing-parental-conflict', 'Reducing parental conflict'),
      child(FAMILY, 'separating-and-separated-parent-support', 'Separating and separated parent support'),
      child(FAMILY, 'stopping-smoking', 'Stopping smoking'),
      child(FAMILY, 'substance-misuse-including-alcohol-and-drug', 'Substance misuse (including alcohol and drug)'),
      child(FAMILY, 'targeted-youth-support', 'Targeted youth support'),
      child(FAMILY, 'youth-justice-services', 'Youth justice services'),
    ],
  },
  {
    id: HEALTH,
    name: 'Health',
    children: [
      child(HEALTH, 'hearing-and-sight', 'Hearing and sight'),
      child(HEALTH, 'mental-health-social-and-emotional-support', 'Mental health, social and emotional support'),
      child(HEALTH, 'nutrition-and-weight-management', 'Nutrition and weight management'),
      child(HEALTH, 'oral-health', 'Oral health'),
      child(HEALTH, 'public-health-services', 'Public health services'),
    ],
  },
  {
    id: EARLY_YEARS,
    name: 'Pregnancy, birth and early years',
    children: [
      child(EARLY_YEARS, 'birth-registration', 'Birth registration'),
      child(EARLY_YEARS, 'early-years-language-and-learning', 'Early years language and learning'),
      child(EARLY_YEARS, 'health-visiting', 'Health visiting'),
      child(EARLY_YEARS, 'infant-feeding-support-including-breastfeeding', 'Infant feeding support (including breastfeeding)'),
      child(EARLY_YEARS, 'midwife-and-maternity', 'Midwife and maternity'),
      child(
        EARLY_YEARS,
        'perinatal-mental-health-support-pregnancy-to-one-year-post-birth',
        'Perinatal mental health support (pregnancy to one year post birth)',
      ),
    ],
  },
  {
    id: SEND,
    name: 'Special educational needs and disabilities (SEND)',
    children: [
      child(SEND, 'autistic-spectrum-disorder-asd', 'Autistic Spectrum Disorder (ASD)'),
      child(SEND, 'breaks-and-respite', 'Breaks and respite'),
      child(SEND, 'early-years-support', 'Early years support'),
      child(SEND, 'groups-for-parents-and-carers-of-children-with-send', 'Groups for parents and carers of children with SEND'),
      child(SEND, 'hearing-impairment', 'Hearing impairment'),
      child(SEND, 'learning-difficulties-and-disabilities', 'Learning difficulties and disabilities'),
      child(SEND, 'multi-sensory-impairment', 'Multi-sensory impairment'),
      child(SEND, 'other-difficulties-or-disabilities', 'Other difficulties or disabilities'),
      child(SEND, 'physical-disabilities', 'Physical disabilities'),
      child(SEND, 'social-emotional-and-mental-health-support', 'Social, emotional and mental health support'),
      child(SEND, 'speech-language-and-communication-needs', 'Speech, language and communication needs'),
      child(SEND, 'visual-impairment', 'Visual impairment'),
    ],
  },
  {
    id: TRANSPORT,
    name: 'Transport',
    children: [child(TRANSPORT, 'community-transport', 'Community transport')],
  },
  {
    id: START_FOR_LIFE_ID,
    name: 'Start for Life',
    children: [
      { id: STRANDS.parenting, name: 'Parenting support' },
      { id: STRANDS.relationshipsAndMentalHealth, name: 'Parent-infant relationships and perinatal mental health support' },
      { id: STRANDS.earlyLanguage, name: 'Early language and the home learning environment' },
      { id: STRANDS.infantFeeding, name: 'Infant feeding support' },
      { id: STRANDS.panel, name: 'Parent and Carer Panels' },
      { id: STRANDS.publishing, name: 'Publishing the Start for Life offer' },
    ],
  },
];

const CATEGORIES: readonly Category[] = TREE.flatMap((parent) => [
  { id: parent.id, name: parent.name, parentId: null },
  ...parent.children.map((c) => ({ id: c.id, name: c.name, parentId: parent.id })),
]);

const BY_ID = new Map(CATEGORIES.map((c) => [c.id, c]));

/** The flat category list (parents before their children), each with `parentId`. A fresh copy each call. */
export function demoCategories(): Category[] {
  return CATEGORIES.map((c) => ({ ...c }));
}

/** A category by id; throws for an unknown id so a typo in the demo data fails loudly. */
export function categoryById(id: string): Category {
  const category = BY_ID.get(id);
  if (!category) throw new RangeError(`Unknown demo category: ${id}`);
  return { ...category };
}

/** Short names for the category ids the demo services use. */
export const CAT = {
  activities: `${ACTIVITIES}/activities`,
  afterSchool: `${ACTIVITIES}/before-and-after-school-clubs`,
  holidayClubs: `${ACTIVITIES}/holiday-clubs-and-schemes`,
  musicArts: `${ACTIVITIES}/music-arts-and-dance`,
  babyToddlerGroups: `${ACTIVITIES}/parent-baby-and-toddler-groups`,
  playgroup: `${ACTIVITIES}/pre-school-playgroup`,
  sports: `${ACTIVITIES}/sports-and-recreation`,
  bullying: `${FAMILY}/bullying-and-cyber-bullying`,
  debtAdvice: `${FAMILY}/debt-and-welfare-advice`,
  domesticAbuse: `${FAMILY}/domestic-abuse`,
  intensiveSupport: `${FAMILY}/intensive-targeted-family-support`,
  moneyHousing: `${FAMILY}/money-benefits-and-housing`,
  parentingSupport: `${FAMILY}/parenting-support`,
  parentalConflict: `${FAMILY}/reducing-parental-conflict`,
  separatedParents: `${FAMILY}/separating-and-separated-parent-support`,
  stopSmoking: `${FAMILY}/stopping-smoking`,
  substanceMisuse: `${FAMILY}/substance-misuse-including-alcohol-and-drug`,
  youthSupport: `${FAMILY}/targeted-youth-support`,
  youthJustice: `${FAMILY}/youth-justice-services`,
  hearingSight: `${HEALTH}/hearing-and-sight`,
  mentalHealth: `${HEALTH}/mental-health-social-and-emotional-support`,
  nutrition: `${HEALTH}/nutrition-and-weight-management`,
  oralHealth: `${HEALTH}/oral-health`,
  publicHealth: `${HEALTH}/public-health-services`,
  birthRegistration: `${EARLY_YEARS}/birth-registration`,
  earlyLanguage: `${EARLY_YEARS}/early-years-language-and-learning`,
  healthVisiting: `${EARLY_YEARS}/health-visiting`,
  infantFeeding: `${EARLY_YEARS}/infant-feeding-support-including-breastfeeding`,
  maternity: `${EARLY_YEARS}/midwife-and-maternity`,
  perinatalMentalHealth: `${EARLY_YEARS}/perinatal-mental-health-support-pregnancy-to-one-year-post-birth`,
  sendAutism: `${SEND}/autistic-spectrum-disorder-asd`,
  sendBreaks: `${SEND}/breaks-and-respite`,
  sendEarlyYears: `${SEND}/early-years-support`,
  sendParentGroups: `${SEND}/groups-for-parents-and-carers-of-children-with-send`,
  sendHearing: `${SEND}/hearing-impairment`,
  sendLearning: `${SEND}/learning-difficulties-and-disabilities`,
  sendMultiSensory: `${SEND}/multi-sensory-impairment`,
  sendOther: `${SEND}/other-difficulties-or-disabilities`,
  sendPhysical: `${SEND}/physical-disabilities`,
  sendEmotional: `${SEND}/social-emotional-and-mental-health-support`,
  sendSpeech: `${SEND}/speech-language-and-communication-needs`,
  sendVisual: `${SEND}/visual-impairment`,
  communityTransport: `${TRANSPORT}/community-transport`,
} as const;
