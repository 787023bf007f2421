import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ROUTES } from '@/config/routes';
import './page-header.scss';

export interface PageHeaderProps {
  title: string;
  subtitle?: string;
}

const TAB_PAGES: readonly string[] = [ROUTES.home, ROUTES.study, ROUTES.checkin, ROUTES.me];

type Back = 'previous' | 'me' | null;

/** Where the back control of an H5 sub-page leads; WeChat draws its own back arrow in the navigation bar. */
function backTarget(): Back {
  if (process.env.TARO_ENV !== 'h5') return null;
  const pages = Taro.getCurrentPages();
  const route = `/${(pages[pages.length - 1]?.route ?? '').replace(/^\//, '').split('?')[0]}`;
  if (TAB_PAGES.includes(route)) return null;
  // Opened directly (a link, a reload): nothing to go back to, so lead to 我的, where every sub-page starts.
  return pages.length > 1 ? 'previous' : 'me';
}

export function PageHeader({ title, subtitle }: PageHeaderProps) {
  const [back, setBack] = useState<Back>(null);
  // Read once mounted: by then the page is on the stack it reads.
  useEffect(() => setBack(backTarget()), []);

  return (
    <View className="page-header">
      {back ? (
        <Text
          className="page-header__back"
          onClick={() =>
            void (back === 'previous' ? Taro.navigateBack() : Taro.switchTab({ url: ROUTES.me }))
          }
        >
          {back === 'previous' ? '‹ 返回' : '‹ 我的'}
        </Text>
      ) : null}
      <Text className="page-header__title">{title}</Text>
      {subtitle ? <Text className="page-header__subtitle">{subtitle}</Text> : null}
    </View>
  );
}
