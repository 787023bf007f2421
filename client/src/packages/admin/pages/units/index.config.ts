export default definePageConfig({ navigationBarTitleText: '单位架构' });
