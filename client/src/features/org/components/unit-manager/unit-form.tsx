import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { BranchKind, Unit } from '@shared/org/unit';
import { ActionButton } from '@/components/action-button';
import { Segmented, type SegmentedOption } from '@/components/segmented';
import { Field, TextField } from '@/components/text-field';
import { errorMessage } from '@/lib/cloud-error';
import { serverFieldErrors } from '@/lib/form-rules';
import { checkUnitFields } from '../../lib/rules';
import { createUnit } from '../../api/create-unit';
import { updateUnit } from '../../api/update-unit';

export interface UnitFormProps {
  /** `create`: a new unit under `unit`; `edit`: rename / recode `unit`. */
  mode: 'create' | 'edit';
  unit: Unit;
  onDone: () => void;
  onCancel: () => void;
}

/** Directly under the federation a unit opens one of the notice's three addressee groups, so it needs a kind. */
const TOP_LEVEL_KINDS: SegmentedOption<BranchKind>[] = [
  { value: 'municipal_union', label: '市直工会' },
  { value: 'department', label: '机关部门' },
  { value: 'institution', label: '直属事业单位' },
];

export function UnitForm({ mode, unit, onDone, onCancel }: UnitFormProps) {
  const choosesKind = mode === 'create' && unit.kind === 'federation';
  const [kind, setKind] = useState<BranchKind>('municipal_union');
  const [name, setName] = useState(mode === 'edit' ? unit.name : '');
  const [code, setCode] = useState(mode === 'edit' ? (unit.code ?? '') : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  const submit = async () => {
    if (pending) return;
    const checked = checkUnitFields({ name, code: code.trim() ? code : null });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      if (mode === 'create') {
        await createUnit({ parentId: unit._id, ...checked.data, ...(choosesKind ? { kind } : {}) });
      } else await updateUnit({ unitId: unit._id, ...checked.data });
      void Taro.showToast({ title: mode === 'create' ? '已新建' : '已保存', icon: 'success' });
      onDone();
    } catch (e) {
      setErrors(serverFieldErrors(e) ?? { form: errorMessage(e) });
    } finally {
      setPending(false);
    }
  };

  return (
    <View className="unit-form">
      <Text className="unit-form__title">
        {mode === 'create' ? `在“${unit.name}”下新建单位` : `修改“${unit.name}”`}
      </Text>
      {choosesKind ? (
        <Field label="单位类型" error={errors.kind}>
          <Segmented options={TOP_LEVEL_KINDS} value={kind} onChange={setKind} />
        </Field>
      ) : null}
      <TextField
        label="单位名称"
        value={name}
        maxlength={40}
        placeholder="如：青岛第二中学工会"
        error={errors.name}
        onInput={setName}
      />
      <TextField
        label="单位编码"
        marker="选填"
        value={code}
        maxlength={32}
        placeholder="字母、数字、下划线或短横线，如 SZ-JY-02"
        error={errors.code}
        onInput={setCode}
      />
      {Object.entries(errors)
        .filter(([key]) => key !== 'name' && key !== 'code' && key !== 'kind')
        .map(([key, message]) => (
          <Text key={key} className="form-error">
            {message}
          </Text>
        ))}
      <View className="button-row">
        <Button className="btn btn--ghost btn--small" hoverClass="btn--hover" onClick={onCancel}>
          取消
        </Button>
        <ActionButton small busy={pending} onClick={() => void submit()}>
          {mode === 'create' ? '新建' : '保存'}
        </ActionButton>
      </View>
    </View>
  );
}
