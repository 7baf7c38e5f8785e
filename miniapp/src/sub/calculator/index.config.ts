export default definePageConfig({ navigationBarTitleText: '算一算能要多少' });
