export default definePageConfig({ navigationBarTitleText: '通知学习情况' });
