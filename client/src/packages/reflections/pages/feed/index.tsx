import { useEffect } from 'react';
import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
// The feed (and with it the card styles) first: the other pages load card styles before the page header's.
import { ReflectionFeed } from '@/features/reflections/components/reflection-feed';
import { PageHeader } from '@/components/page-header';

const TITLES = {
  unit: { title: '本单位心得', subtitle: '同事们已发布的学习心得' },
  city: { title: '全市精选心得', subtitle: '市总工会选出的优秀心得' },
};

/** ?scope=unit (default) or ?scope=city. */
export default function ReflectionFeedPage() {
  const { params } = useRouter();
  const scope = params.scope === 'city' ? 'city' : 'unit';
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: TITLES[scope].title });
  }, [scope]);
  return (
    <View className="page">
      <PageHeader title={TITLES[scope].title} subtitle={TITLES[scope].subtitle} />
      <ReflectionFeed scope={scope} />
    </View>
  );
}
