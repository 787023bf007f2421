import { Text, View } from '@tarojs/components';
import { Segmented } from '@/components/segmented';
import { TYPE_SIZES, type ReaderPrefs } from '../../lib/reader-prefs';

export interface TypeSettingsProps {
  prefs: ReaderPrefs;
  onChange: (prefs: ReaderPrefs) => void;
}

const ELDER_OPTIONS = [
  { value: false, label: '关闭' },
  { value: true, label: '开启' },
] as const;

/** Type size and elder mode (适老化: the largest type, wider lines, bigger buttons). */
export function TypeSettings({ prefs, onChange }: TypeSettingsProps) {
  return (
    <View className="type-settings">
      <Text className="type-settings__label">字号</Text>
      <Segmented options={TYPE_SIZES} value={prefs.size} onChange={(size) => onChange({ ...prefs, size })} />
      <Text className="type-settings__label">适老化模式</Text>
      <Segmented
        options={ELDER_OPTIONS}
        value={prefs.elder}
        onChange={(elder) => onChange({ ...prefs, elder })}
      />
      <Text className="type-settings__hint">开启后字更大、行距更宽，设置会保存在本机</Text>
    </View>
  );
}
