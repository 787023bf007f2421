import { ScrollView, Text, View } from '@tarojs/components';
import './choice-sheet.scss';

export interface SheetChoice {
  key: string;
  label: string;
  /** A grey line under the label: what choosing it means, or why it cannot be chosen. */
  note?: string;
  /** Indentation, for units listed in tree order. */
  level?: number;
  disabled?: boolean;
  /** A choice with wide consequences, in the warning colour. */
  emphasis?: boolean;
}

export interface ChoiceSheetProps {
  title: string;
  description?: string;
  choices: SheetChoice[];
  onChoose: (key: string) => void;
  onClose: () => void;
}

/**
 * A list to choose one thing from, sliding up over the page. A page renders at most one, only while it is
 * open, instead of a hidden picker per row.
 */
export function ChoiceSheet({ title, description, choices, onChoose, onClose }: ChoiceSheetProps) {
  return (
    <View className="choice-sheet">
      <View className="choice-sheet__mask" onClick={onClose} />
      <View className="choice-sheet__panel">
        <Text className="choice-sheet__title">{title}</Text>
        {description ? <Text className="choice-sheet__description">{description}</Text> : null}
        <ScrollView scrollY className="choice-sheet__list">
          {choices.map((choice) => (
            <View
              key={choice.key}
              className={[
                'choice-sheet__choice',
                choice.disabled ? 'choice-sheet__choice--disabled' : '',
                choice.emphasis ? 'choice-sheet__choice--emphasis' : '',
              ]
                .filter(Boolean)
                .join(' ')}
              style={choice.level ? { paddingLeft: `${choice.level * 1.5}em` } : undefined}
              hoverClass={choice.disabled ? 'none' : 'choice-sheet__choice--hover'}
              onClick={() => {
                if (!choice.disabled) onChoose(choice.key);
              }}
            >
              <Text className="choice-sheet__label">{choice.label}</Text>
              {choice.note ? <Text className="choice-sheet__note">{choice.note}</Text> : null}
            </View>
          ))}
        </ScrollView>
        <View className="choice-sheet__cancel" hoverClass="choice-sheet__choice--hover" onClick={onClose}>
          取消
        </View>
      </View>
    </View>
  );
}
