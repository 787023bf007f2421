import { Text, View } from '@tarojs/components';
import type { Section } from '@shared/notices/document';

export interface ReaderContentsProps {
  sections: readonly Section[];
  onJump: (sectionId: string) => void;
}

/** The table of contents: each section heading, tapping one scrolls to it. */
export function ReaderContents({ sections, onJump }: ReaderContentsProps) {
  return (
    <View className="reader-contents">
      <Text className="reader-contents__title">目录</Text>
      {sections.map((section) => (
        <View
          key={section.id}
          className="reader-contents__item"
          hoverClass="reader-contents__item--hover"
          onClick={() => onJump(section.id)}
        >
          <Text className="reader-contents__numeral">{section.numeral}</Text>
          <Text className="reader-contents__heading">{section.heading}</Text>
        </View>
      ))}
    </View>
  );
}
