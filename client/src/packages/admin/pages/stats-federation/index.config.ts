export default definePageConfig({ navigationBarTitleText: '全市参与情况' });
