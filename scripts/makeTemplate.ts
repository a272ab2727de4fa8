// Writes resources/templates/untfsse-action-plan.accord from the schema builders, so the template
// is valid by construction. Run from the repository root:
//   npx esbuild scripts/makeTemplate.ts --bundle --platform=node --format=esm \
//     --outfile=.tsbuild/makeTemplate.mjs --log-level=warning && node .tsbuild/makeTemplate.mjs
import { writeFileSync } from 'node:fs';
import type { Node } from 'prosemirror-model';
import { newAccordFile } from '../shared/document/create';
import { newId } from '../shared/document/ids';
import { loadAccordText } from '../shared/document/load';
import {
  ACTION_FIELDS,
  MASTHEAD_FIELDS,
  schema,
  type ActionFieldKey,
  type ActionStatus,
  type MastheadFieldKey,
} from '../shared/schema';

const { nodes, marks } = schema;
const id = () => ({ id: newId() });

/** Inline content from light markup: `^[footnote text]` and `[link text](https://…)`. */
function inline(text: string): Node[] {
  const out: Node[] = [];
  const pattern = /\^\[([^\]]+)\]|\[([^\]]+)\]\((https:[^)]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push(schema.text(text.slice(last, m.index)));
    if (m[1] !== undefined) out.push(nodes.footnote.create(id(), schema.text(m[1])));
    else if (m[2] !== undefined && m[3] !== undefined)
      out.push(schema.text(m[2], [marks.link.create({ href: m[3] })]));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(schema.text(text.slice(last)));
  return out;
}

const plain = (text: string) => nodes.paragraph.create(id(), inline(text));
const para = (text: string, level = 0) =>
  nodes.numbered_paragraph.create({ ...id(), level }, inline(text));
const sub = (text: string) => para(text, 1);
const subsub = (text: string) => para(text, 2);
const heading = (level: number, text: string) =>
  nodes.heading.create({ ...id(), level }, inline(text));
const chapter = (text: string) => heading(1, text);
const section = (text: string) => heading(2, text);
const annex = (text: string) =>
  nodes.heading.create({ ...id(), level: 1, numbered: false }, inline(text));
const quote = (...texts: string[]) => nodes.blockquote.create(id(), texts.map(plain));
const bullets = (...items: string[]) =>
  nodes.bullet_list.create(
    id(),
    items.map((item) => nodes.list_item.create(id(), plain(item))),
  );

function table(header: string[], rows: string[][]): Node {
  const row = (cells: string[], type: typeof nodes.table_cell) =>
    nodes.table_row.create(
      id(),
      cells.map((c) => type.create(id(), plain(c))),
    );
  return nodes.table.create(id(), [
    row(header, nodes.table_header),
    ...rows.map((r) => row(r, nodes.table_cell)),
  ]);
}

function action(status: ActionStatus, values: Record<ActionFieldKey, string>): Node {
  return nodes.action_record.create(
    { ...id(), status },
    ACTION_FIELDS.map((f) =>
      nodes.action_field.create({ ...id(), field: f.key }, plain(values[f.key])),
    ),
  );
}

const masthead: Record<MastheadFieldKey, string> = {
  body: 'United Nations Inter-Agency Task Force on Social and Solidarity Economy',
  symbol: 'UNTFSSE/2026/1',
  distribution: 'General',
  date: '1 December 2026',
  language: 'English',
  title:
    'Action plan for the implementation of General Assembly resolution 77/281 on promoting the social and solidarity economy for sustainable development',
  version: 'Draft 1',
  status: 'Draft for consultation',
};

const OP1 =
  '1. Encourages Member States to promote and implement national, local and regional strategies, policies and programmes for supporting and enhancing the social and solidarity economy as a possible model for sustainable economic and social development, taking into account national circumstances, plans and priorities by, inter alia, developing specific legal frameworks, where appropriate, for the social and solidarity economy, making visible, when feasible, the contribution of the social and solidarity economy in the compilation of national statistics and providing fiscal and public procurement incentives, acknowledging the social and solidarity economy in education curricula and capacity-building and research initiatives and reinforcing entrepreneurship and business support, including by facilitating access for social and solidarity economy entities to financial services and funding, and encourages the participation of social and solidarity economy actors in the policymaking process;';

const body: Node[] = [
  chapter('Introduction and mandate'),
  para(
    'On 18 April 2023, the General Assembly adopted resolution 77/281, entitled “Promoting the social and solidarity economy for sustainable development”.^[General Assembly resolution 77/281 of 18 April 2023 (A/RES/77/281).] It was the first resolution of the Assembly devoted to the social and solidarity economy, and it recognized that the social and solidarity economy can contribute to the achievement and localization of the Sustainable Development Goals.',
  ),
  para(
    'In paragraph 1 of the resolution, the Assembly addressed Member States in the following terms:',
  ),
  quote(OP1),
  para(
    'The Assembly also encouraged relevant entities of the United Nations development system, including United Nations country teams, to give due consideration to the social and solidarity economy in their planning and programming instruments, and requested the Secretary-General to report on the implementation of the resolution.',
  ),
  para(
    'The Task Force, established in 2013, brings together entities of the United Nations system and other intergovernmental organizations as members, and international networks of the social and solidarity economy as observers. The present plan draws its mandate from:',
  ),
  sub('Resolution 77/281, in particular its paragraphs 1 and 2;'),
  sub(
    'The resolution concerning decent work and the social and solidarity economy adopted by the International Labour Conference at its 110th session (2022);',
  ),
  sub('The decisions of the Task Force at its annual meetings.'),

  chapter('Purpose, scope and period'),
  para(
    'The plan sets out what the members and observers of the Task Force will do, jointly and within their respective mandates, to support Member States that request assistance in implementing the resolution.',
  ),
  para(
    'It covers the period from 1 January 2027 to 31 December 2030. It will be reviewed at mid-term, in 2028, and may be revised by the Task Force at any annual meeting.',
  ),
  para('The following principles guide the plan:'),
  bullets(
    'National ownership: support is provided upon request and in line with national priorities;',
    'Complementarity: actions build on existing mandates and programmes and avoid duplication;',
    'Participation: social and solidarity economy actors take part in the design and review of actions;',
    'Inclusion: actions pay particular attention to women, young people and workers in the informal economy.',
  ),
  para('The plan creates no new mandates and no financial obligations for any member.'),

  chapter('Strategic objectives'),
  para('The plan pursues three strategic objectives:'),
  sub(
    'Enabling environments: Member States have the policies, laws and institutions that the social and solidarity economy needs;',
  ),
  sub(
    'Knowledge and evidence: reliable statistics and research on the social and solidarity economy inform policy, with particular attention to:',
  ),
  subsub('The measurement of the social and solidarity economy in national statistics;'),
  subsub('The sharing of data and research through common platforms;'),
  sub(
    'Coherent support: the United Nations system supports the social and solidarity economy in a coordinated manner, at global, regional and country levels.',
  ),
  para(
    'Each action in chapter IV contributes to at least one objective. The results framework in annex I links the objectives to indicators, baselines and targets.',
  ),

  chapter('Action areas'),
  para(
    'The actions are grouped in six areas that follow the elements of paragraph 1 of the resolution. Each action states its lead entity, contributing members, partners, period, deliverables, indicator, resources and the paragraph of the resolution it implements.',
  ),
  section('Policy and legal frameworks'),
  para(
    'Requests from Member States for advice on laws and policies for the social and solidarity economy have increased since the adoption of the resolution. Members will respond to these requests jointly wherever more than one mandate is concerned.',
  ),
  para(
    'Members will compile comparative analyses of existing legal frameworks and make them available to Member States and to national legislators.',
  ),
  section('Statistics and knowledge'),
  para(
    'The resolution encourages Member States to make visible, when feasible, the contribution of the social and solidarity economy in the compilation of national statistics. Internationally comparable guidelines do not yet exist.',
  ),
  para(
    'Research and case studies are published through the [Knowledge Hub for the social and solidarity economy](https://unsse.org), which the Task Force maintains.',
  ),
  action('on_track', {
    description:
      'Develop, with national statistical offices, international guidelines for measuring the social and solidarity economy.',
    lead: 'ILO',
    contributors: 'OECD, UNRISD, ECLAC, ESCAP',
    partners: 'National statistical offices; CIRIEC International',
    start: 'January 2027',
    end: 'December 2028',
    deliverables:
      'Draft guidelines; technical paper on satellite accounts; two regional consultations.',
    baseline: 'No internationally agreed statistical guidelines (2026).',
    target: 'Guidelines submitted to the International Conference of Labour Statisticians (2028).',
    verification: 'Report of the Conference; annual progress report of the Task Force.',
    resources: 'Within existing resources; USD 250,000 to be mobilized for consultations.',
    resolution: 'A/RES/77/281, para. 1',
    sdg: '17.18',
  }),
  action('done', {
    description: 'Take stock of national data sources on the social and solidarity economy.',
    lead: 'UNRISD',
    contributors: 'ILO, OECD, ESCAP',
    partners: 'EMES International Research Network',
    start: 'January 2026',
    end: 'June 2026',
    deliverables: 'Inventory of data sources in 40 countries, published on the Knowledge Hub.',
    baseline: 'No consolidated inventory (2025).',
    target: 'Inventory covering at least 40 countries.',
    verification: 'Published inventory.',
    resources: 'Within existing resources.',
    resolution: 'A/RES/77/281, para. 1',
    sdg: '17.18',
  }),
  action('delayed', {
    description:
      'Publish country case studies on the contribution of the social and solidarity economy to local development.',
    lead: 'UNRISD',
    contributors: 'UNDP, UN-Habitat',
    partners: 'Global Social Economy Forum (GSEF)',
    start: 'September 2026',
    end: 'June 2027',
    deliverables: 'Six country case studies and a synthesis report.',
    baseline: 'Two case studies available (2026).',
    target: 'Eight case studies available.',
    verification: 'Publications on the Knowledge Hub.',
    resources: 'USD 120,000, of which USD 60,000 secured.',
    resolution: 'A/RES/77/281, para. 1',
    sdg: '11.a',
  }),
  section('Access to finance'),
  para(
    'Social and solidarity economy entities often have limited access to credit, guarantees and public procurement. Members will help Member States and development banks to adapt financial instruments to their needs.',
  ),
  action('planned', {
    description:
      'Map public and private financial instruments available to social and solidarity economy entities in developing countries.',
    lead: 'UNCTAD',
    contributors: 'ILO, UNDP, ESCAP',
    partners: 'Public development banks; International Cooperative Alliance',
    start: 'April 2027',
    end: 'March 2028',
    deliverables: 'Global mapping report; policy brief for ministries of finance.',
    baseline: 'No global mapping (2026).',
    target: 'Mapping covering all regions, published by March 2028.',
    verification: 'Published report.',
    resources: 'USD 180,000 to be mobilized.',
    resolution: 'A/RES/77/281, para. 1',
    sdg: '8.10',
  }),
  action('on_track', {
    description:
      'Develop a training module on access to public procurement for social and solidarity economy entities.',
    lead: 'ILO',
    contributors: 'UNCTAD, UNIDO',
    partners: 'Social Economy Europe',
    start: 'January 2027',
    end: 'December 2027',
    deliverables: 'Training module in English, French and Spanish; two pilot courses.',
    baseline: 'No module available (2026).',
    target: 'Module delivered to participants from at least 15 countries.',
    verification: 'Course records.',
    resources: 'Within existing resources.',
    resolution: 'A/RES/77/281, para. 1',
    sdg: '8.3',
  }),
  section('Education, capacity-building and research'),
  para(
    'Members will support the inclusion of the social and solidarity economy in education curricula and in the training of public officials, and will coordinate their research agendas to avoid gaps and overlaps.',
  ),
  section('Localization and United Nations country teams'),
  para(
    'Members will support United Nations country teams that wish to consider the social and solidarity economy in common country analyses and in United Nations Sustainable Development Cooperation Frameworks.',
  ),
  section('Awareness and partnerships'),
  para(
    'Members and observers will publicize the resolution and the results of the plan, and will work with networks of the social and solidarity economy at all levels.',
  ),

  chapter('Implementation and governance'),
  para(
    'The Task Force oversees the plan. Its members and observers meet at least once a year and agree on revisions to the plan by consensus.',
  ),
  para('Responsibilities are shared as follows:'),
  sub('Lead entities plan, carry out and report on their actions;'),
  sub('Contributing members provide expertise, data and, where possible, resources;'),
  sub('The secretariat of the Task Force consolidates reports and keeps the plan up to date.'),

  chapter('Resource mobilization'),
  para(
    'Most actions are carried out within existing resources. Where additional resources are needed, lead entities will seek them in consultation with the Task Force, and members will favour joint proposals to avoid competing for the same funds.',
  ),

  chapter('Monitoring, evaluation and reporting'),
  para(
    'Lead entities report each year on the status of their actions and on the indicators of annex I. The secretariat consolidates these reports into an annual progress report of the Task Force.',
  ),
  para(
    'The progress reports will inform the contributions of the Task Force to the reports of the Secretary-General on the implementation of the resolution. An independent evaluation of the plan will be carried out in 2030.',
  ),

  chapter('Risks'),
  para('The main risks to the plan, and the measures to reduce them, are:'),
  sub('Insufficient resources: actions are prioritized, and joint proposals are prepared early;'),
  sub('Limited demand from Member States: awareness activities are focused on regional bodies;'),
  sub('Weak data: statistical work is sequenced so that guidelines precede data collection.'),

  annex('Annex I. Results framework'),
  plain('The framework links the strategic objectives of chapter III to indicators.'),
  table(
    ['Objective', 'Indicator', 'Baseline (2026)', 'Target (2030)', 'Means of verification'],
    [
      [
        '(a) Enabling environments',
        'Member States supported in adopting policies or laws on the social and solidarity economy',
        '0',
        '15',
        'Annual progress reports',
      ],
      [
        '(b) Knowledge and evidence',
        'International statistical guidelines adopted',
        'No',
        'Yes',
        'Report of the International Conference of Labour Statisticians',
      ],
      [
        '(c) Coherent support',
        'Cooperation Frameworks that refer to the social and solidarity economy',
        '12',
        '40',
        'United Nations country team reports',
      ],
    ],
  ),

  annex('Annex II. Members and observers'),
  plain('The list reflects the membership of the Task Force at the date of this document.'),
  section('Members'),
  bullets(
    'International Labour Organization (ILO)',
    'Organisation for Economic Co-operation and Development (OECD)',
    'United Nations Conference on Trade and Development (UNCTAD)',
    'United Nations Development Programme (UNDP)',
    'United Nations Economic and Social Commission for Asia and the Pacific (ESCAP)',
    'United Nations Research Institute for Social Development (UNRISD)',
  ),
  section('Observers'),
  bullets(
    'CIRIEC International',
    'Global Social Economy Forum (GSEF)',
    'International Cooperative Alliance (ICA)',
    'Intercontinental Network for the Promotion of Social Solidarity Economy (RIPESS)',
    'Social Economy Europe',
  ),

  annex('Annex III. Timeline'),
  plain('Indicative dates; the action records in chapter IV give the period of each action.'),
  table(
    ['Milestone', 'Date'],
    [
      ['Plan adopted by the Task Force', 'December 2026'],
      ['First annual progress report', 'March 2028'],
      ['Mid-term review', 'December 2028'],
      ['Independent evaluation', 'September 2030'],
      ['Final report', 'December 2030'],
    ],
  ),
];

const summary = nodes.summary.create(id(), [
  plain(
    'In its resolution 77/281, the General Assembly recognized that the social and solidarity economy can contribute to the achievement and localization of the Sustainable Development Goals, and encouraged Member States and the United Nations development system to support it. The present plan sets out how the members and observers of the United Nations Inter-Agency Task Force on Social and Solidarity Economy will support the implementation of the resolution from 2027 to 2030.',
  ),
  plain(
    'The plan is organized in six action areas: policy and legal frameworks; statistics and knowledge; access to finance; education, capacity-building and research; localization and United Nations country teams; and awareness and partnerships. A results framework, the list of members and observers and a timeline are annexed.',
  ),
]);

const doc = nodes.doc.create(null, [
  nodes.masthead.create(
    id(),
    MASTHEAD_FIELDS.map((f) =>
      nodes.masthead_field.create({ ...id(), field: f.key }, inline(masthead[f.key])),
    ),
  ),
  summary,
  ...body,
]);
doc.check();

const file = newAccordFile(doc, new Date('2026-12-01T09:00:00Z'));
const text = JSON.stringify(file, null, 1) + '\n';
const target = process.argv[2] ?? 'resources/templates/untfsse-action-plan.accord';
const loaded = loadAccordText(text, target);
if (!loaded.ok) throw new Error(loaded.error.message);
if (loaded.value.notes.length) throw new Error(loaded.value.notes.join(' '));
writeFileSync(target, text);
console.log(`Wrote ${target} (${text.length} bytes).`);
