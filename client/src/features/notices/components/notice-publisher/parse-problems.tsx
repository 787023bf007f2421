import { Text, View } from '@tarojs/components';
import type { ParseProblem } from '@shared/notices/document';

export interface ParseProblemsProps {
  problems: readonly ParseProblem[];
  /** The text as checked, to quote each problem's line. */
  lines: readonly string[];
}

/** Each problem on the line where it occurs, with that line quoted. */
export function ParseProblems({ problems, lines }: ParseProblemsProps) {
  if (problems.length === 0) return null;
  return (
    <View className="parse-problems">
      <Text className="parse-problems__title">有 {problems.length} 处需要修改，改好后才能发布：</Text>
      {problems.map((problem, index) => (
        <View key={index} className="parse-problems__item">
          <Text className="parse-problems__line">第 {problem.line} 行</Text>
          <Text className="parse-problems__message">{problem.message}</Text>
          {lines[problem.line - 1] ? (
            <Text className="parse-problems__quote">“{lines[problem.line - 1].trim().slice(0, 40)}”</Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}
