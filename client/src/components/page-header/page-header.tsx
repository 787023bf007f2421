import { Text, View } from '@tarojs/components';
import './page-header.scss';

export interface PageHeaderProps {
  title: string;
  subtitle?: string;
}

export function PageHeader({ title, subtitle }: PageHeaderProps) {
  return (
    <View className="page-header">
      <Text className="page-header__title">{title}</Text>
      {subtitle ? <Text className="page-header__subtitle">{subtitle}</Text> : null}
    </View>
  );
}
