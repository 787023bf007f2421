import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ReflectionDetail } from '@/features/reflections/components/reflection-detail';

export default function ReflectionDetailPage() {
  const { params } = useRouter();
  return (
    <View className="page">
      <ReflectionDetail reflectionId={params.id ?? ''} />
    </View>
  );
}
