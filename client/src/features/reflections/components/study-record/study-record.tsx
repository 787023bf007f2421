import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Me } from '@shared/contract';
import type { ReflectionCard as Card } from '@shared/reflections/reflection';
import { Card as Panel } from '@/components/card';
import { SectionHead } from '@/components/section-head';
import { ROUTES } from '@/config/routes';
import { fetchMyReflections, useMySummary } from '../../api/lists';
import { useCursorList } from '../../lib/use-cursor-list';
import { CursorFooter, CursorListStatus } from '../cursor-footer';
import { ReflectionCard } from '../reflection-card';
import './study-record.scss';

const go = (url: string) => () => void Taro.navigateTo({ url });

const WORKER_ENTRIES = [
  { title: '写心得体会', hint: '学习后谈谈收获和打算，草稿自动保存在本机', url: ROUTES.reflectionWrite },
  { title: '本单位心得', hint: '同事们已发布的学习心得', url: `${ROUTES.reflectionFeed}?scope=unit` },
  { title: '全市精选心得', hint: '市总工会选出的优秀心得', url: `${ROUTES.reflectionFeed}?scope=city` },
];

const ADMIN_ENTRIES = [
  { title: '心得审核', hint: '审核本单位及下级单位提交的心得', url: ROUTES.adminReflections },
  { title: '提交情况与导出', hint: '谁已提交、谁逾期，导出心得台账', url: ROUTES.adminReflectionStatus },
];

/** The reflections part of the person's own study record (学习档案): only what is recorded about them. */
export function StudyRecord({ me, version }: { me: Me; version: number }) {
  const summary = useMySummary();
  return (
    <View className="study-record">
      <Panel className="study-record__summary">
        <Text className="study-record__year">{summary.data?.year ?? new Date().getFullYear()} 年度</Text>
        {summary.error ? (
          <Text className="study-record__figures-error" onClick={summary.reload}>
            {summary.error}（点此重试）
          </Text>
        ) : (
          <Text className="study-record__figures">
            本年度心得 <Text className="study-record__figure">{summary.data?.handedIn ?? '–'}</Text> 篇
            {summary.data
              ? `，已发布 ${summary.data.published} 篇${summary.data.featured ? `，其中 ${summary.data.featured} 篇入选全市精选` : ''}`
              : ''}
          </Text>
        )}
      </Panel>
      <Panel>
        {WORKER_ENTRIES.map((entry) => (
          <EntryRow key={entry.title} {...entry} />
        ))}
      </Panel>
      {me.adminUnits.length ? (
        <Panel title="心得管理" extra={me.isFederationAdmin ? '市总工会管理员' : '单位管理员'}>
          {ADMIN_ENTRIES.map((entry) => (
            <EntryRow key={entry.title} {...entry} />
          ))}
        </Panel>
      ) : null}
      <MyReflections key={version} />
    </View>
  );
}

function EntryRow({ title, hint, url }: { title: string; hint: string; url: string }) {
  return (
    <View className="link-row" hoverClass="link-row--hover" onClick={go(url)}>
      <View>
        <Text>{title}</Text>
        <Text className="study-record__hint">{hint}</Text>
      </View>
      <Text className="link-row__arrow">›</Text>
    </View>
  );
}

function MyReflections() {
  const list = useCursorList<Card>(fetchMyReflections);
  return (
    <View>
      <SectionHead title="我的心得" />
      <CursorListStatus
        list={list}
        emptyTitle="还没有写过心得"
        emptyDescription="学习通知后，点“写心得体会”谈谈收获"
      />
      {!list.loading && list.items.length ? (
        <Panel className="card--list">
          {list.items.map((reflection) => (
            <ReflectionCard key={reflection._id} reflection={reflection} variant="mine" />
          ))}
        </Panel>
      ) : null}
      <CursorFooter list={list} />
    </View>
  );
}
