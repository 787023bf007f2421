export default definePageConfig({ navigationBarTitleText: '学习贯彻情况报告' });
