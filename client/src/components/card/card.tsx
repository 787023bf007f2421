import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './card.scss';

export interface CardProps {
  title?: string;
  /** Small text on the right of the title row. */
  extra?: string;
  className?: string;
  children?: ReactNode;
}

export function Card({ title, extra, className, children }: CardProps) {
  return (
    <View className={className ? `card ${className}` : 'card'}>
      {title ? (
        <View className="card__header">
          <Text className="card__title">{title}</Text>
          {extra ? <Text className="card__extra">{extra}</Text> : null}
        </View>
      ) : null}
      {children}
    </View>
  );
}
