import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ReflectionEditor } from '@/features/reflections/components/reflection-editor';

/** ?noticeId= for a new reflection (default: the latest notice), ?id= to go on with one, &sessionId= optional. */
export default function WriteReflectionPage() {
  const { params } = useRouter();
  return (
    <View className="page">
      <ReflectionEditor noticeId={params.noticeId} reflectionId={params.id} sessionId={params.sessionId} />
    </View>
  );
}
