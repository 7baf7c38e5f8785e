export default definePageConfig({ navigationBarTitleText: '法律怎么说' });
