import { Button, Text, View } from '@tarojs/components';
import './state-view.scss';

export interface StateViewProps {
  kind: 'loading' | 'empty' | 'error';
  /** Main line, e.g. "暂无通知" or the error message. */
  title?: string;
  /** Smaller explanation under the title. */
  description?: string;
  /** Shown as a button for `error` (defaults to "重试") or when given for `empty`. */
  actionText?: string;
  onAction?: () => void;
}

const defaultTitles: Record<StateViewProps['kind'], string> = {
  loading: '加载中…',
  empty: '暂无内容',
  error: '加载失败',
};

export function StateView({ kind, title, description, actionText, onAction }: StateViewProps) {
  const buttonText = actionText ?? (kind === 'error' ? '重试' : undefined);
  return (
    <View className={`state-view state-view--${kind}`}>
      <View className="state-view__icon">
        {kind === 'loading' ? <View className="state-view__spinner" /> : null}
        {kind === 'empty' ? <Text className="state-view__glyph">空</Text> : null}
        {kind === 'error' ? <Text className="state-view__glyph">!</Text> : null}
      </View>
      <Text className="state-view__title">{title ?? defaultTitles[kind]}</Text>
      {description ? <Text className="state-view__description">{description}</Text> : null}
      {buttonText && onAction ? (
        <Button
          className="btn btn--ghost btn--small state-view__action"
          hoverClass="btn--hover"
          onClick={onAction}
        >
          {buttonText}
        </Button>
      ) : null}
    </View>
  );
}
