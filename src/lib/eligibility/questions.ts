/**
 * The checker's questions, grouped into steps (GOV.UK smart-answer pattern: one group per page).
 * Each step says when it applies, so only the questions that matter for the chosen topics are asked.
 */
import type { Answers, TopicId } from '../../schemas/answers.ts';
import { ladderFor, obtained, type Ladder } from './ladders.ts';
import { TOPICS_FOR } from './validate-core.ts';

export type Draft = Partial<Answers>;

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export interface Question {
  field: keyof Answers;
  label: string;
  hint?: string;
  kind: 'radio' | 'checkbox' | 'year' | 'number';
  options?: Option[] | ((draft: Draft) => Option[]);
  /** A shown question needs an answer before going on unless it is optional; a hidden one never does. */
  optional?: true;
  /** For questions tied to an earlier choice: shown only with it. */
  showIf?: (draft: Draft) => boolean;
}

export interface Step {
  id: string;
  title: string;
  when: (draft: Draft) => boolean;
  questions: Question[];
}

const TRI: Option[] = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
  { value: 'unsure', label: '不确定' },
];

const RECOGNITION: Option[] = [
  { value: 'no', label: '没有获得' },
  { value: 'recommended', label: '获得了，是经五华区科技部门推荐的' },
  { value: 'other-recommended', label: '获得了，是经其他科技部门推荐的', hint: '例如市、省科技部门' },
  { value: 'not-recommended', label: '获得了，但没有经过任何科技部门推荐' },
  { value: 'unsure', label: '不确定' },
];

export const TOPIC_OPTIONS: Record<TopicId, Option> = {
  'rd-ranking': { value: 'rd-ranking', label: '研发投入排名扶持', hint: '纳入统计的企业，研发投入比上年增长，按排名给予扶持' },
  hte: { value: 'hte', label: '高新技术企业再认定', hint: '证书三年期满后再次通过认定' },
  platform: { value: 'platform', label: '重点实验室、工程技术研究中心、院士工作站', hint: '获得市级及以上认定' },
  incubator: { value: 'incubator', label: '科技企业孵化器、众创空间', hint: '获得市级及以上认定' },
  'science-base': { value: 'science-base', label: '科技科普精品基地、青少年科技创新实验室', hint: '获得市级及以上认定（不含“科普教育基地”）' },
  talent: { value: 'talent', label: '科技人才', hint: '中青年学术技术带头人、技术创新人才、科技领军人才' },
  team: { value: 'team', label: '企业科技创新团队', hint: '入选昆明市或云南省创新团队' },
};

const has = (draft: Draft, topic: TopicId) => (draft.topics ?? []).includes(topic);
const needsYear = (draft: Draft) => (draft.topics ?? []).some((t) => ['rd-ranking', 'hte', 'talent', 'team'].includes(t));

function ladderStep({ topic, prefix, what }: Ladder, typeOptions: Option[]): Step {
  const levels = [
    { level: 'Municipal', label: `2018—2020年计划期内，${what}是否获得市级认定？`, options: TRI },
    { level: 'Provincial', label: `${what}是否获得省级认定？`, options: RECOGNITION },
    { level: 'National', label: `${what}是否获得国家级认定？`, options: RECOGNITION },
  ] as const;
  return {
    id: topic,
    title: TOPIC_OPTIONS[topic].label,
    when: (d) => has(d, topic),
    questions: [
      { field: `${prefix}Type` as keyof Answers, label: `是哪一类${what}？`, kind: 'radio', options: typeOptions },
      ...levels.flatMap(({ level, label, options }): Question[] => [
        { field: `${prefix}${level}` as keyof Answers, label, kind: 'radio', options },
        {
          field: `${prefix}${level}Year` as keyof Answers,
          label: '获得这一级认定的年份',
          hint: '例如 2019',
          kind: 'year',
          showIf: (d) => obtained(d[`${prefix}${level}` as keyof Answers]),
        },
      ]),
    ],
  };
}

export const STEPS: Step[] = [
  {
    id: 'applicant',
    title: '您是谁',
    when: () => true,
    questions: [
      {
        field: 'applicant',
        label: '您以什么身份测算？',
        kind: 'radio',
        options: [
          { value: 'enterprise', label: '企业', hint: '包括企业的研发平台、孵化器、人才和团队' },
          { value: 'institution', label: '学校、科研院所等事业单位或其他机构', hint: '包括单位建设的平台、基地、实验室和单位的科技人才' },
          { value: 'person', label: '科技人才个人' },
        ],
      },
    ],
  },
  {
    id: 'location',
    title: '是否在五华区',
    when: () => true,
    questions: [{ field: 'inWuhua', label: '您的企业或单位是否在五华区？（在五华区注册或纳入五华区统计；个人：所在单位是否在五华区）', kind: 'radio', options: TRI }],
  },
  {
    id: 'topics',
    title: '想测算哪些扶持',
    when: () => true,
    questions: [
      {
        field: 'topics',
        label: '想测算哪些扶持？可以多选。',
        kind: 'checkbox',
        options: (d) => (d.applicant ? TOPICS_FOR[d.applicant] : []).map((t) => TOPIC_OPTIONS[t]),
      },
    ],
  },
  {
    id: 'precondition',
    title: '企业的研发和专利情况',
    when: (d) => d.applicant === 'enterprise',
    questions: [
      { field: 'rdSpending', label: '企业是否有研发经费投入？', kind: 'radio', options: TRI },
      { field: 'patents', label: '企业是否拥有专利技术？', kind: 'radio', options: TRI },
      { field: 'patentCommercialisation', label: '企业是否有专利成果转化？', kind: 'radio', options: TRI },
    ],
  },
  {
    id: 'year',
    title: '成果取得的年份',
    when: needsYear,
    questions: [{ field: 'year', label: '排名、再认定、考核或评价结果是哪一年取得的？', hint: '计划期限是2018—2020年，本站按这三年取得的成果测算。例如 2019', kind: 'year' }],
  },
  {
    id: 'rd-ranking',
    title: TOPIC_OPTIONS['rd-ranking'].label,
    when: (d) => has(d, 'rd-ranking'),
    questions: [
      {
        field: 'statsCategory',
        label: '企业纳入统计（统计在库）的类别是？',
        kind: 'radio',
        options: [
          { value: 'industrial', label: '工业企业' },
          { value: 'large-medium-service', label: '大中型服务业企业' },
          { value: 'construction-special-first', label: '特级、一级资质建筑业企业' },
          { value: 'other', label: '其他类别' },
          { value: 'not-registered', label: '没有纳入统计' },
          { value: 'unsure', label: '不确定' },
        ],
      },
      { field: 'rdGrowth', label: '研发经费投入是否比上一年度有增长？', kind: 'radio', options: TRI },
      { field: 'rdRank', label: '如果已经知道全区排名，请填写名次', hint: '不知道可以不填，结果会按“视排名而定”显示', kind: 'number', optional: true },
    ],
  },
  {
    id: 'hte',
    title: TOPIC_OPTIONS.hte.label,
    when: (d) => has(d, 'hte'),
    questions: [
      { field: 'hteRecertified', label: '高新技术企业证书三年期满后，是否再次通过了认定？', hint: '第一次被认定不算', kind: 'radio', options: TRI },
      { field: 'revenueGrowth', label: '营业收入是否比上一年度有增长？', kind: 'radio', options: TRI },
    ],
  },
  ladderStep(ladderFor('platform'), [
    { value: 'key-lab', label: '重点实验室' },
    { value: 'engineering-center', label: '工程技术研究中心' },
    { value: 'academician-workstation', label: '院士工作站' },
  ]),
  ladderStep(ladderFor('incubator'), [
    { value: 'incubator', label: '科技企业孵化器' },
    { value: 'maker-space', label: '众创空间' },
  ]),
  ladderStep(ladderFor('science-base'), [
    { value: 'science-base', label: '科技科普精品基地', hint: '“科普教育基地”是另一种称号，不在这一项里' },
    { value: 'youth-lab', label: '青少年科技创新实验室' },
  ]),
  {
    id: 'talent',
    title: TOPIC_OPTIONS.talent.label,
    when: (d) => has(d, 'talent'),
    questions: [
      {
        field: 'employer',
        label: '人才在哪类单位工作？',
        kind: 'radio',
        showIf: (d) => d.applicant !== 'enterprise',
        options: [
          { value: 'enterprise', label: '五华区的企业' },
          { value: 'district-institution', label: '五华区的区级事业单位' },
          { value: 'other-institution', label: '其他单位（如市级、省级事业单位）' },
          { value: 'unsure', label: '不确定' },
        ],
      },
      {
        field: 'academicLeader',
        label: '是否入选昆明市中青年学术技术带头人或后备人选？',
        kind: 'radio',
        options: [
          { value: 'leader', label: '入选带头人' },
          { value: 'reserve', label: '入选后备人选' },
          { value: 'none', label: '都没有' },
          { value: 'unsure', label: '不确定' },
        ],
      },
      {
        field: 'academicRating',
        label: '培养期满的综合考核结果',
        kind: 'radio',
        showIf: (d) => d.academicLeader === 'leader' || d.academicLeader === 'reserve',
        options: [
          { value: 'excellent', label: '优秀' },
          { value: 'other', label: '其他结果' },
          { value: 'pending', label: '培养期还没满' },
          { value: 'unsure', label: '不确定' },
        ],
      },
      {
        field: 'yunnanInnovation',
        label: '是否入选云南省技术创新人才培养对象？',
        kind: 'radio',
        options: [
          { value: 'passed', label: '入选，并通过了出站评价' },
          { value: 'other', label: '入选，但没有通过出站评价' },
          { value: 'pending', label: '入选，培养期还没满' },
          { value: 'none', label: '没有入选' },
          { value: 'unsure', label: '不确定' },
        ],
      },
      {
        field: 'leadingTitles',
        label: '获评了哪些领军人才称号？可以多选，没有就都不选。',
        kind: 'checkbox',
        optional: true,
        options: [
          { value: 'kunming-leading', label: '昆明市科技创新领军人才' },
          { value: 'yunnan-leading', label: '云南省科技领军人才' },
          { value: 'yunling-high-level', label: '云岭高层次人才' },
          { value: 'unsure', label: '不确定' },
        ],
      },
    ],
  },
  {
    id: 'team',
    title: TOPIC_OPTIONS.team.label,
    when: (d) => has(d, 'team'),
    questions: (['teamKunming', 'teamYunnan'] as const).map((field) => ({
      field,
      label: field === 'teamKunming' ? '企业的团队是否入选昆明市科技创新团队？期满评价如何？' : '企业的团队是否入选云南省创新团队？期满考核如何？',
      kind: 'radio' as const,
      options: [
        { value: 'excellent', label: '入选，结果为优秀' },
        { value: 'qualified', label: '入选，结果为合格' },
        { value: 'other', label: '入选，结果为其他' },
        { value: 'pending', label: '入选，周期还没满' },
        { value: 'none', label: '没有入选' },
        { value: 'unsure', label: '不确定' },
      ],
    })),
  },
];

/** Whether a shown question must be answered before going on. */
export const isRequired = (question: Question) => !question.optional;
export const isShown = (question: Question, draft: Draft) => (question.showIf ? question.showIf(draft) : true);
export const optionsOf = (question: Question, draft: Draft) => (typeof question.options === 'function' ? question.options(draft) : (question.options ?? []));

/** Steps that apply to these answers, in order. */
export function applicableSteps(draft: Draft): Step[] {
  return STEPS.filter((step) => step.when(draft));
}

/** Whether a step still needs answers. */
export function isStepComplete(step: Step, draft: Draft): boolean {
  return step.questions.every((q) => !isShown(q, draft) || !isRequired(q) || isAnswered(draft[q.field]));
}

export function isAnswered(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '';
}

/** The first applicable step with unanswered questions, or undefined when all are done. */
export function nextIncompleteStep(draft: Draft): Step | undefined {
  return applicableSteps(draft).find((step) => !isStepComplete(step, draft));
}

/** The label shown for an answer ("是", "重点实验室"; lists joined with 、). */
export function answerLabel(question: Question, draft: Draft): string {
  const value = draft[question.field];
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return question.kind === 'checkbox' ? '都没有' : '未填写';
  const options = optionsOf(question, draft);
  const label = (v: unknown) => options.find((o) => o.value === v)?.label ?? String(v);
  return Array.isArray(value) ? value.map(label).join('、') : question.kind === 'year' ? `${String(value)}年` : label(value);
}
