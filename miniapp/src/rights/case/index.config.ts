export default definePageConfig({ navigationBarTitleText: '典型案例' });
