import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReflectionPhoto } from '@shared/reflections/reflection';
import { errorMessage } from '@/lib/cloud-error';
import { uploadPhoto } from '../../api/writing';
import { pickPhotos } from '../../lib/photo-picker';

export interface PhotoStripProps {
  photos: ReflectionPhoto[];
  max: number;
  busy: boolean;
  onBusy: (uploading: boolean) => void;
  onChange: (photos: ReflectionPhoto[]) => void;
}

/** Up to three photos: chosen, compressed on the phone, uploaded one by one with progress shown. */
export function PhotoStrip({ photos, max, busy, onBusy, onChange }: PhotoStripProps) {
  const [progress, setProgress] = useState<string | null>(null);

  const add = async () => {
    if (busy) return;
    let picked;
    try {
      picked = await pickPhotos(max - photos.length);
    } catch {
      void Taro.showToast({ title: '图片无法读取或过大，请换一张', icon: 'none' });
      return;
    }
    if (picked.length === 0) return;
    onBusy(true);
    let current = photos;
    try {
      for (const [index, photo] of picked.entries()) {
        setProgress(`正在上传第 ${index + 1} / ${picked.length} 张…`);
        const uploaded = await uploadPhoto(photo.contentType, photo.base64);
        current = [...current, { fileId: uploaded.fileId, url: uploaded.url }];
        onChange(current);
      }
    } catch (failure) {
      void Taro.showModal({ title: '上传失败', content: errorMessage(failure), showCancel: false });
    } finally {
      setProgress(null);
      onBusy(false);
    }
  };

  return (
    <View className="field">
      <Text className="field__label">
        照片<Text className="field__optional">选填，最多 {max} 张</Text>
      </Text>
      <View className="photo-strip">
        {photos.map((photo) => (
          <View key={photo.fileId} className="photo-strip__item">
            <Image className="photo-strip__image" src={photo.url} mode="aspectFill" />
            <Text
              className="photo-strip__remove"
              onClick={() => onChange(photos.filter((other) => other.fileId !== photo.fileId))}
            >
              ×
            </Text>
          </View>
        ))}
        {photos.length < max ? (
          <View className="photo-strip__add" hoverClass="photo-strip__add--hover" onClick={() => void add()}>
            <Text>{busy ? '上传中' : '+ 添加'}</Text>
          </View>
        ) : null}
      </View>
      {progress ? <Text className="photo-strip__progress">{progress}</Text> : null}
    </View>
  );
}
