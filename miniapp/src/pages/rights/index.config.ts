export default definePageConfig({ navigationBarTitleText: '知法懂法' });
