import { ROOT_UNIT_ID, type BranchKind, type Unit } from '../../shared/org/unit';

interface UnitSeed {
  id: string;
  name: string;
  code: string;
  members?: number;
  children?: UnitSeed[];
}

/** The demo organisation: the federation, the notice's three addressee groups, and units two levels below. */
const BRANCHES: { kind: BranchKind; seed: UnitSeed }[] = [
  {
    kind: 'municipal_union',
    seed: {
      id: 'unit-municipal',
      name: '市直工会',
      code: 'SZ',
      children: [
        {
          id: 'unit-education',
          name: '市教育系统工会',
          code: 'SZ-JY',
          members: 4,
          children: [
            { id: 'unit-school-2', name: '青岛第二中学工会', code: 'SZ-JY-02', members: 8 },
            { id: 'unit-school-58', name: '青岛第五十八中学工会', code: 'SZ-JY-58', members: 6 },
          ],
        },
        {
          id: 'unit-health',
          name: '市卫生健康系统工会',
          code: 'SZ-WJ',
          members: 3,
          children: [{ id: 'unit-hospital', name: '青岛市市立医院工会', code: 'SZ-WJ-01', members: 7 }],
        },
        {
          id: 'unit-transport',
          name: '市交通运输工会',
          code: 'SZ-JT',
          members: 3,
          children: [{ id: 'unit-bus', name: '青岛公交集团工会', code: 'SZ-JT-01', members: 7 }],
        },
      ],
    },
  },
  {
    kind: 'department',
    seed: {
      id: 'unit-departments',
      name: '市总工会机关各部门',
      code: 'JG',
      children: [
        { id: 'unit-office', name: '办公室', code: 'JG-BGS', members: 3 },
        { id: 'unit-organisation', name: '组织部', code: 'JG-ZZB', members: 4 },
        { id: 'unit-publicity', name: '宣传教育部', code: 'JG-XJB', members: 3 },
        { id: 'unit-rights', name: '权益保障部', code: 'JG-QYB', members: 3 },
      ],
    },
  },
  {
    kind: 'institution',
    seed: {
      id: 'unit-institutions',
      name: '各直属事业单位',
      code: 'ZS',
      children: [
        { id: 'unit-culture-palace', name: '青岛市工人文化宫', code: 'ZS-WHG', members: 5 },
        { id: 'unit-service-centre', name: '青岛市职工服务中心', code: 'ZS-FWZX', members: 4 },
        { id: 'unit-sanatorium', name: '青岛工人疗养院', code: 'ZS-LYY', members: 4 },
      ],
    },
  },
];

export const ROOT_UNIT: Unit = {
  _id: ROOT_UNIT_ID,
  name: '青岛市总工会',
  kind: 'federation',
  parentId: null,
  path: [ROOT_UNIT_ID],
  depth: 0,
  code: 'QDZGH',
};

export interface DemoUnit extends Unit {
  memberCount: number;
}

export function demoUnits(): DemoUnit[] {
  const units: DemoUnit[] = [{ ...ROOT_UNIT, memberCount: 0 }];
  const visit = (seed: UnitSeed, kind: BranchKind, parent: Unit) => {
    const unit: DemoUnit = {
      _id: seed.id,
      name: seed.name,
      kind,
      parentId: parent._id,
      path: [...parent.path, seed.id],
      depth: parent.depth + 1,
      code: seed.code,
      memberCount: seed.members ?? 0,
    };
    units.push(unit);
    seed.children?.forEach((child) => visit(child, kind, unit));
  };
  BRANCHES.forEach(({ kind, seed }) => visit(seed, kind, ROOT_UNIT));
  return units;
}

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = [
  '建华',
  '秀英',
  '志强',
  '丽娟',
  '海涛',
  '晓燕',
  '国庆',
  '玉兰',
  '文博',
  '静怡',
  '立新',
  '春梅',
  '德明',
  '雪莲',
  '振宇',
  '慧敏',
  '永刚',
  '红霞',
  '伟东',
  '佳琪',
  '明辉',
  '淑芬',
  '子涵',
  '广平',
  '雅婷',
  '成林',
  '桂香',
  '浩然',
];

/** Deterministic names, so screenshots and tests see the same people on every machine. */
export function demoName(index: number): string {
  return SURNAMES[(index * 7) % SURNAMES.length] + GIVEN[(index * 11) % GIVEN.length];
}

export const DEMO_FEDERATION_ADMIN = 'demo-openid-federation-admin';

/** Unit admins of the demo, by unit: the first member of each of these units. */
export const DEMO_UNIT_ADMIN_UNITS = [
  'unit-education',
  'unit-school-2',
  'unit-hospital',
  'unit-bus',
  'unit-culture-palace',
];
