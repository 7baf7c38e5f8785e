export default definePageConfig({ navigationBarTitleText: '劳动争议一站式调解' });
