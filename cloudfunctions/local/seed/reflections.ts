import { countCharacters } from '../../shared/platform/text';
import { shinglesOf, sketchText, assessResemblance } from '../../shared/reflections/similarity';
import type { ReflectionStatus } from '../../shared/reflections/status';
import type { MemberRecord } from '../../src/platform/directory';
import {
  COLLECTIONS,
  likeCounter,
  likeId,
  submissionId,
  type ReflectionRecord,
  type SketchRecord,
  type SubmissionRecord,
} from '../../src/functions/reflections/records';
import type { AdminDatabase } from '../admin-sdk';

interface DemoReflection {
  memberId: string;
  status: ReflectionStatus;
  /** China time of submission, e.g. '2026-11-12T09:30'. */
  submittedAt: string;
  title: string;
  text: string;
  returnReason?: string;
  likedBy?: string[];
}

/** The last day reflections on the demo notice count as on time: some were late, many are missing. */
export const DEMO_REFLECTION_DEADLINE = '2026-11-20';

const ORIGINAL =
  '参加单位组织的集中学习后，我对“政治性、先进性、群众性”有了更具体的理解。作为一线教师，我们工会小组这学期把教职工的困难帮扶和青年教师成长结合起来，每月听一次大家的意见。群团改革说到底是让职工感到工会就在身边，今后我会把收集到的意见及时反映给校工会，也会带头参加志愿服务。';

const DEMO_REFLECTIONS: DemoReflection[] = [
  {
    memberId: 'member-school-2-3',
    status: 'published',
    submittedAt: '2026-11-10T19:20',
    title: '让职工感到工会就在身边',
    text: ORIGINAL,
    likedBy: ['member-school-2-4', 'member-school-2-5', 'member-school-2-1'],
  },
  {
    memberId: 'member-school-2-4',
    status: 'featured',
    submittedAt: '2026-11-12T21:05',
    title: '把“娘家人”做实做真',
    text: '通知里说要把“职工之家”“娘家人”的称号做得更实更真，这句话我印象最深。去年我母亲住院，是校工会第一时间帮我协调了调课，还送来了慰问金。那时我才真正体会到工会不是一块牌子。学习之后，我报名做了学校的工会联络员，准备把新入职教师的困难摸清楚，建立一人一档，让每位老师遇到难处时知道该找谁。',
    likedBy: ['member-school-2-3', 'member-school-2-6', 'member-hospital-3', 'member-bus-2'],
  },
  {
    memberId: 'member-school-2-5',
    status: 'submitted',
    submittedAt: '2026-11-18T12:40',
    title: '',
    text: '这次学习让我认识到，工会工作要直面突出问题。我们年级组老师普遍反映晚自习后回家太晚、照顾孩子困难，我建议工会牵头和学校协商弹性安排，并在教师之家增设托管角。改革要落到这些具体的小事上，职工才有获得感。',
  },
  {
    memberId: 'member-school-2-6',
    status: 'submitted',
    submittedAt: '2026-11-22T08:15',
    title: '学习体会',
    text: '全市各级工会要把学习贯彻习近平总书记重要指示和群团改革工作座谈会精神作为当前和今后一个时期的重大政治任务，不断深化对习近平总书记重要指示精神重大政治意义、理论意义、实践意义的认识，切实用习近平总书记重要指示精神武装头脑、指导实践、推动工作。',
  },
  {
    memberId: 'member-school-2-7',
    status: 'returned',
    submittedAt: '2026-11-15T16:00',
    title: '心得',
    text: '学习了通知精神，很受教育，很有收获，今后要进一步提高认识，加强学习，把学习成果转化为工作动力，努力做好本职工作，为学校发展贡献自己的力量。',
    returnReason: '内容较空泛，请结合自己的岗位和身边的事例谈谈具体体会后再提交。',
  },
  {
    memberId: 'member-school-58-2',
    status: 'published',
    submittedAt: '2026-11-08T20:30',
    title: '技能竞赛让青年教师成长更快',
    text: '通知提到要深化职工技术创新竞赛、叫响做实“青岛工匠”品牌。对学校来说，教学基本功比赛就是我们的“技能竞赛”。今年我参加了区里的说课比赛，工会组织了三轮磨课，老教师一句句帮我改。我想把这种传帮带的做法坚持下去，明年争取带两名新教师一起参赛。',
    likedBy: ['member-school-58-3'],
  },
  {
    memberId: 'member-school-58-3',
    status: 'submitted',
    submittedAt: '2026-11-23T10:10',
    title: '学习群团改革精神的体会',
    text: '参加单位组织的集中学习后，我对“政治性、先进性、群众性”有了更具体的理解。作为一线教师，我们工会小组这学期把教职工的困难帮扶和青年教师成长结合起来，每月听一次大家的意见。群团改革说到底是让职工感到工会就在身边，今后我也会把收集到的意见及时反映给校工会。',
  },
  {
    memberId: 'member-hospital-3',
    status: 'featured',
    submittedAt: '2026-11-05T22:45',
    title: '夜班护士的“加油站”',
    text: '我是急诊科的一名护士。医院工会今年在各病区设立了职工小憩角，夜班结束能喝上一口热汤。学习通知后我更明白，这些看似不起眼的举措正是“以职工为本”的体现。我们科室准备把大家的心声整理成建议，通过职代会提出来，比如夜班后的通勤安排和子女假期托管，让改革成果真正惠及一线医护。',
    likedBy: ['member-hospital-4', 'member-school-2-3', 'member-bus-3'],
  },
  {
    memberId: 'member-bus-2',
    status: 'published',
    submittedAt: '2026-11-19T18:00',
    title: '驾驶员也要有自己的“职工之家”',
    text: '公交驾驶员工作时间长、吃饭不规律。学习通知后，车队工会在首末站建起了爱心驿站，冬天有热水，夏天有绿豆汤。我想建议在驿站里再放一些学习资料和安全驾驶的案例，把服务职工和思想引领结合起来，让大家在休息的几分钟里也有收获。',
    likedBy: ['member-bus-3'],
  },
];

/** China wall-clock time (no zone) to the instant. */
const chinaInstant = (wallClock: string) => new Date(`${wallClock}:00+08:00`);

/**
 * Reflections on the demo notice across several units, in every state of review, one of them mostly copied
 * from the notice and one mostly copied from a colleague (both marked 疑似雷同), with likes and a deadline,
 * built with the same sketches and records the function writes.
 */
export async function seedReflections(
  db: AdminDatabase,
  notice: { _id: string; title: string; body: string },
  members: MemberRecord[],
): Promise<void> {
  const byId = new Map(members.map((member) => [member._id, member]));
  const noticeShingles = shinglesOf(`${notice.title}\n${notice.body}`);
  const reflections: ReflectionRecord[] = [];
  const sketches: SketchRecord[] = [];
  const submissions = new Map<string, SubmissionRecord>();
  const ordered = [...DEMO_REFLECTIONS].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  for (const [index, demo] of ordered.entries()) {
    const writer = byId.get(demo.memberId);
    if (!writer) throw new Error(`演示心得的作者不存在：${demo.memberId}`);
    const id = `reflection-demo-${index + 1}`;
    const submittedAt = chinaInstant(demo.submittedAt);
    const reviewedAt = demo.status === 'submitted' ? null : new Date(submittedAt.getTime() + 20 * 3_600_000);
    const sketch = sketchText(demo.text, noticeShingles);
    const resemblance = assessResemblance(
      sketch,
      sketches
        .filter((earlier) => earlier.noticeId === notice._id)
        .map((earlier) => ({ reflectionId: earlier._id, signature: earlier.signature })),
    );
    const listed = demo.status === 'published' || demo.status === 'featured';
    reflections.push({
      _id: id,
      memberId: writer._id,
      unitId: writer.unitId,
      unitPath: writer.unitPath,
      noticeId: notice._id,
      noticeTitle: notice.title,
      sessionId: null,
      title: demo.title,
      text: demo.text,
      length: countCharacters(demo.text),
      photoFileIds: [],
      status: demo.status,
      createdAt: new Date(submittedAt.getTime() - 30 * 60_000),
      updatedAt: reviewedAt ?? submittedAt,
      submittedAt,
      firstSubmittedAt: submittedAt,
      reviewedAt,
      publishedAt: listed ? reviewedAt : null,
      featuredAt: demo.status === 'featured' ? new Date(reviewedAt!.getTime() + 3_600_000) : null,
      returnReason: demo.returnReason ?? null,
      contentHeld: null,
      resemblance,
    });
    sketches.push({
      _id: id,
      noticeId: notice._id,
      memberId: writer._id,
      unitId: writer.unitId,
      signature: sketch.signature,
      bands: sketch.bands,
      noticeOverlap: sketch.noticeOverlap,
      submittedAt,
    });
    const key = submissionId(notice._id, writer._id);
    const earlier = submissions.get(key);
    submissions.set(key, {
      _id: key,
      noticeId: notice._id,
      memberId: writer._id,
      unitId: writer.unitId,
      unitPath: writer.unitPath,
      handedIn: (earlier?.handedIn ?? 0) + 1,
      handedInAt: earlier?.handedInAt ?? submittedAt,
    });
  }
  const likes = ordered.flatMap((demo, index) =>
    (demo.likedBy ?? []).map((memberId) => ({
      _id: likeId(`reflection-demo-${index + 1}`, memberId),
      reflectionId: `reflection-demo-${index + 1}`,
      memberId,
      at: chinaInstant('2026-11-24T12:00'),
    })),
  );
  const counters = reflections
    .filter((reflection) => likes.some((like) => like.reflectionId === reflection._id))
    .map((reflection) => {
      const counter = likeCounter(reflection);
      return {
        _id: `${counter.key}#0`,
        key: counter.key,
        ...counter.attributes,
        values: { likes: likes.filter((like) => like.reflectionId === reflection._id).length },
      };
    });
  await db.collection(COLLECTIONS.noticeSketches).add({
    data: {
      _id: notice._id,
      shingles: [...noticeShingles].sort((a, b) => a - b),
      computedAt: chinaInstant('2026-11-05T22:45'),
    },
  });
  await db.collection(COLLECTIONS.reflections).add({ data: reflections });
  await db.collection(COLLECTIONS.sketches).add({ data: sketches });
  await db.collection(COLLECTIONS.submissions).add({ data: [...submissions.values()] });
  await db.collection(COLLECTIONS.likes).add({ data: likes });
  await db.collection('counters').add({ data: counters });
  await db.collection(COLLECTIONS.deadlines).add({
    data: { _id: notice._id, deadline: DEMO_REFLECTION_DEADLINE, setAt: chinaInstant('2026-11-01T09:00') },
  });
}
