export default definePageConfig({ navigationBarTitleText: '我的工作记录' });
