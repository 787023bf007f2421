import { Text, View } from '@tarojs/components';
import './section-head.scss';

export interface SectionHeadProps {
  title: string;
  /** Small text on the right, e.g. the count. */
  extra?: string;
}

/** Title of a list that follows outside a card. */
export function SectionHead({ title, extra }: SectionHeadProps) {
  return (
    <View className="section-head">
      <Text className="section-head__title">{title}</Text>
      {extra ? <Text className="section-head__extra">{extra}</Text> : null}
    </View>
  );
}
