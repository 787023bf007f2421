export default definePageConfig({ navigationBarTitleText: '各单位报送情况' });
