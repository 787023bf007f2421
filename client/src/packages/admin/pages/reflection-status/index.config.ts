export default definePageConfig({ navigationBarTitleText: '提交情况与导出' });
