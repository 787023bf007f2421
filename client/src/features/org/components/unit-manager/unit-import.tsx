import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { UnitImportResult } from '@shared/contract';
import type { ImportRowError } from '@shared/org/unit-import';
import { ActionButton } from '@/components/action-button';
import { errorMessage } from '@/lib/cloud-error';
import { confirmAction } from '@/lib/dialog';
import { importRowErrors, importUnits } from '../../api/import-units';
import { pickImportFile, type PickedFile } from '../../lib/read-import-file';

type State =
  | { step: 'idle' }
  | { step: 'checking'; file: PickedFile }
  | { step: 'preview'; file: PickedFile; result: UnitImportResult }
  | { step: 'importing'; file: PickedFile; result: UnitImportResult }
  | { step: 'invalid'; file: PickedFile; rows: ImportRowError[]; message: string }
  | { step: 'failed'; message: string };

const IMPORT_TEMPLATE = [
  '名称,类型,上级,编码',
  '青岛第三中学工会,,市教育系统工会,SZ-JY-03',
  '青岛第三中学退休教师分会,,青岛第三中学工会,',
].join('\n');

const UNREADABLE_CSV_HINT =
  '如果表头看起来没有问题，可能是文件的编码无法识别：请在 Excel 中“另存为”选择“CSV UTF-8（逗号分隔）”或 .xlsx 后重新导入。';

/** A CSV whose header row could not be read is most often one saved in an encoding other than UTF-8/GBK. */
const headerUnreadable = (file: PickedFile, rows: ImportRowError[]) =>
  /\.csv$/i.test(file.fileName) && rows.some((row) => row.row === 1);

/** Row errors (bad file content) keep the file so the list can be shown; anything else is a plain failure. */
function failedImport(file: PickedFile, e: unknown): State {
  const rows = importRowErrors(e);
  return rows
    ? { step: 'invalid', file, rows, message: errorMessage(e) }
    : { step: 'failed', message: errorMessage(e) };
}

/** Federation admins only: choose a file → dry run preview → 确认导入; bad rows are listed, nothing is written. */
export function UnitImport({ onImported }: { onImported: () => void }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const busy = state.step === 'checking' || state.step === 'importing';

  const choose = async () => {
    if (busy) return;
    let file: PickedFile | null;
    try {
      file = await pickImportFile();
    } catch (e) {
      setState({ step: 'failed', message: e instanceof Error ? e.message : '读取文件失败' });
      return;
    }
    if (!file) return;
    setState({ step: 'checking', file });
    try {
      const result = await importUnits({ ...file, dryRun: true });
      setState({ step: 'preview', file, result });
    } catch (e) {
      setState(failedImport(file, e));
    }
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    const { file, result } = state;
    const confirmed = await confirmAction({
      title: '确认导入',
      content: `将新增 ${result.units.length} 个单位，确定导入吗？`,
      confirmText: '导入',
    });
    if (!confirmed) return;
    setState({ step: 'importing', file, result });
    try {
      const done = await importUnits({ ...file, dryRun: false });
      void Taro.showToast({ title: `已导入 ${done.created} 个单位`, icon: 'success' });
      setState({ step: 'idle' });
      onImported();
    } catch (e) {
      setState(failedImport(file, e));
    }
  };

  return (
    <View className="unit-import">
      <Text className="unit-import__hint">
        支持 .csv 和 .xlsx 文件，第一行为表头（名称、类型、上级、编码），例如：
      </Text>
      <Text className="unit-import__template" userSelect>
        {IMPORT_TEMPLATE}
      </Text>
      <Text className="unit-import__hint">
        上级：已有单位或本文件中单位的名称或编码。类型：只有直接隶属市总工会的单位才填写（市直工会、市总工会机关部门或直属事业单位），其他单位留空，随上级。编码：选填。
      </Text>
      <Text className="unit-import__hint">
        Excel 或 WPS 保存的 CSV（UTF-8 或 GBK 编码）都可以直接导入；旧版 .xls 文件请先另存为 .xlsx。
      </Text>
      {state.step === 'checking' ? (
        <Text className="unit-import__status">正在检查“{state.file.fileName}”…</Text>
      ) : null}
      {state.step === 'preview' || state.step === 'importing' ? (
        <View className="unit-import__preview">
          <Text className="unit-import__summary">
            “{state.file.fileName}”检查通过，将新增 {state.result.units.length} 个单位：
          </Text>
          {state.result.units.map((unit) => (
            <View key={unit._id} className="unit-import__row">
              <Text className="unit-import__name">
                {unit.name}
                {unit.code ? `（${unit.code}）` : ''}
              </Text>
              <Text className="unit-import__parent">上级：{unit.parentName}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {state.step === 'invalid' ? (
        <View className="unit-import__errors">
          <Text className="form-error">
            {state.message}（文件“{state.file.fileName}”）。请按下列行号修改后重新选择文件：
          </Text>
          {headerUnreadable(state.file, state.rows) ? (
            <Text className="unit-import__hint">{UNREADABLE_CSV_HINT}</Text>
          ) : null}
          {state.rows.map((row, index) => (
            <View key={`${row.row}-${index}`} className="unit-import__error-row">
              <Text className="unit-import__error-no">第 {row.row} 行</Text>
              <Text className="unit-import__error-text">{row.message}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {state.step === 'failed' ? <Text className="form-error">{state.message}</Text> : null}
      <View className="button-row">
        <Button className="btn btn--ghost btn--small" hoverClass="btn--hover" onClick={() => void choose()}>
          {state.step === 'idle' ? '选择文件' : '重新选择文件'}
        </Button>
        {state.step === 'preview' || state.step === 'importing' ? (
          <ActionButton small busy={state.step === 'importing'} onClick={() => void confirm()}>
            确认导入
          </ActionButton>
        ) : null}
      </View>
    </View>
  );
}
