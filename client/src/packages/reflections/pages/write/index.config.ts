export default definePageConfig({ navigationBarTitleText: '写心得体会' });
