import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { UnitImportResult } from '@shared/contract';
import type { ImportRowError } from '@shared/org/unit-import';
import { errorMessage } from '@/lib/cloud-error';
import { importRowErrors, importUnits } from '../../api/import-units';
import { pickImportFile, type PickedFile } from '../../lib/read-import-file';

type State =
  | { step: 'idle' }
  | { step: 'checking'; file: PickedFile }
  | { step: 'preview'; file: PickedFile; result: UnitImportResult }
  | { step: 'importing'; file: PickedFile; result: UnitImportResult }
  | { step: 'invalid'; file: PickedFile; rows: ImportRowError[]; message: string }
  | { step: 'failed'; message: string };

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
    const answer = await Taro.showModal({
      title: '确认导入',
      content: `将新增 ${result.units.length} 个单位，确定导入吗？`,
      confirmText: '导入',
      confirmColor: '#c8161d',
    });
    if (!answer.confirm) return;
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
      <Text className="unit-import__hint">支持 .csv、.xlsx、.xls 文件，第一行为表头：</Text>
      <Text className="unit-import__template" userSelect>
        名称,类型,上级,编码{'\n'}青岛第三中学工会,市直工会,市教育系统工会,SZ-JY-03
      </Text>
      <Text className="unit-import__hint">
        类型填写：市直工会、市总工会机关部门或直属事业单位；上级填写已有单位或文件中前面单位的名称或编码；编码选填。
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
            <Text key={unit._id} className="unit-import__row">
              {unit.name}
              {unit.code ? `（${unit.code}）` : ''}
            </Text>
          ))}
        </View>
      ) : null}
      {state.step === 'invalid' ? (
        <View className="unit-import__errors">
          <Text className="form-error">
            {state.message}（文件“{state.file.fileName}”）。请按下列行号修改后重新选择文件：
          </Text>
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
          <Button
            className="btn btn--primary btn--small"
            hoverClass="btn--hover"
            loading={state.step === 'importing'}
            onClick={() => void confirm()}
          >
            确认导入
          </Button>
        ) : null}
      </View>
    </View>
  );
}
